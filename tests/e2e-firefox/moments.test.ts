/**
 * Moments a person really has, in Firefox: a mail tab kept open brings a card when they
 * come back to it after Unmute, with no reload, and nothing on a quick look; going back to
 * the inbox from elsewhere on the page is a moment too (Firefox ESR has no Navigation API:
 * the content script hears the hash change Gmail makes, and looks after a click where a
 * site moves without one); a card never seen gives the site's place for the day back; and
 * what was learned is theirs to forget and switch off.
 * The minute away is not waited for: the times the background keeps are moved back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { moveArrivalsBackIn, readNudgesIn, readSettingsIn, readStoreIn } from '../../scripts/chromium.mjs';
import { firefoxMissingReason } from '../../scripts/ensure-firefox.mjs';
import {
  ALL_DAY,
  byRole,
  cardFrame,
  launchFirefoxWithExtension,
  moveNudgesBack,
  openExtensionPage,
  POPUP_PATH,
  serveFixtures,
  setSettings,
  waitForCard,
  waitUntil,
  type LaunchedFirefox,
} from '../../scripts/firefox.mjs';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.live.com/mail/0/';
const REDDIT = 'https://www.reddit.com/';

/** Run in the page: covers the add-on's card the moment it is added (tests/fixtures/gmail-adversary.html). */
function coverWhenAdded(): void {
  const check = () => {
    const added = [...document.documentElement.children].some((child) => child.tagName.includes('-'));
    const cover = (window as unknown as { __cover?: () => void }).__cover;
    if (added && cover) cover();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
const HOUR = 60 * 60_000;

const missing = firefoxMissingReason();
if (missing) console.warn(`Skipping the Firefox moments test: ${missing}`);

/** The keys the background keeps in session storage: `away:<tab>` while a tab is out of view, `moment:<site>`. */
async function sessionKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    Object.keys(await (globalThis as unknown as { browser: { storage: { session: { get(keys: null): Promise<object> } } } }).browser.storage.session.get(null)),
  );
}

/**
 * Unmute in a popup opened now (Firefox never reports a reload of an add-on page done), as
 * the person does; the tab they were on goes out of view, and is heard going.
 */
async function unmuteIn(browser: Browser): Promise<Page> {
  const popup = await openExtensionPage(browser, POPUP_PATH);
  await waitUntil(async () => (await sessionKeys(popup)).some((key) => key.startsWith('away:')), { what: 'the tab to be heard going' });
  await press(popup, 'button', 'Unmute');
  await waitUntil(async () => !(await popup.evaluate(() => document.body.innerText)).includes('Unmute'), { what: 'Unmute to be taken' });
  return popup;
}

/**
 * A click with the mouse on the control with this role and name, as a person does. (Not a
 * locator: its checks run code in the page, which the add-on's pages do not allow.)
 */
async function press(page: Page, role: string, name: string): Promise<void> {
  const control = await page.waitForSelector(byRole(role, name), { visible: true });
  await control?.click();
}

const clickLink = (page: Page, name: string) => press(page, 'link', name);

/** What was learned, as the add-on keeps it: one row in the `learning` store. */
async function learned(page: Page): Promise<{ receptivity: { moments: Record<string, number> } } | undefined> {
  const rows = (await readStoreIn(page, 'learning')) as { state: { receptivity: { moments: Record<string, number> } } }[];
  return rows[0]?.state;
}

const pageCards = async (page: Page) => (await readNudgesIn(page)).filter((nudge) => nudge.origin === 'page');
const hasCard = async (page: Page) => (await cardFrame(page)) !== undefined;

async function mailTab(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await serveFixtures(page, { fixtures: { 'mail.google.com': 'gmail.html', 'outlook.live.com': 'outlook.html' } });
  await page.goto(url);
  return page;
}

describe.skipIf(missing)('moments in Firefox ESR', () => {
  let firefox: LaunchedFirefox;
  /** The popup last opened: the add-on's own page, to read what it keeps. */
  let popup: Page;
  const unmute = async () => {
    await popup.close();
    popup = await unmuteIn(firefox.browser);
  };

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    await setSettings(firefox.browser, { ...ALL_DAY, mutedUntil: Date.now() + HOUR });
    popup = await openExtensionPage(firefox.browser, POPUP_PATH);
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('brings a card on going back to the inbox from elsewhere on the page a minute after Unmute, not on going elsewhere', async () => {
    const mail = await mailTab(firefox.browser, `${GMAIL}#sent`);
    // The muted moment was counted (its time kept) and brought nothing.
    await waitUntil(async () => (await sessionKeys(popup)).includes('moment:gmail'), { what: 'the muted moment' });
    await unmute();
    // Back to the mail at once: too soon to be a moment (the away time is taken, no card).
    await mail.bringToFront();
    await waitUntil(async () => !(await sessionKeys(popup)).some((key) => key.startsWith('away:')), { what: 'the return to be heard' });
    await moveArrivalsBackIn(popup, 2);

    await clickLink(mail, 'Starred');
    await clickLink(mail, 'Inbox (3)');
    await waitForCard(mail);
    expect(mail.url()).toBe(`${GMAIL}#inbox`);
    // Starred was no moment: had it been one, Inbox would have been the same moment.
    expect(await pageCards(popup)).toHaveLength(1);
    await mail.close();
  });

  it('brings a card on coming back to a mail tab a minute after Unmute, none on a quick look, with no reload', async () => {
    // Low energy today quiets every site until tomorrow; the last card's gap is over.
    await popup.close();
    popup = await openExtensionPage(firefox.browser, POPUP_PATH);
    await press(popup, 'button', 'Low energy today');
    await popup.waitForSelector(byRole('button', 'Unmute'));
    await moveNudgesBack(firefox.browser, 120);

    const mail = await mailTab(firefox.browser, OUTLOOK);
    await waitUntil(async () => (await sessionKeys(popup)).includes('moment:outlook'), { what: 'the muted moment' });
    await mail.evaluate(() => Object.assign(window, { keptOpen: true }));
    await unmute();

    // A quick look: the return is heard (the tab's away time is taken) and brings nothing.
    await mail.bringToFront();
    await waitUntil(async () => !(await sessionKeys(popup)).some((key) => key.startsWith('away:')), { what: 'the quick return to be heard' });
    expect(await hasCard(mail)).toBe(false);
    expect(await pageCards(popup), 'only the card of the story before').toHaveLength(1);

    await popup.bringToFront();
    await waitUntil(async () => (await sessionKeys(popup)).some((key) => key.startsWith('away:')), { what: 'the mail tab to be heard going again' });
    await moveArrivalsBackIn(popup, 2);
    await mail.bringToFront();
    await waitForCard(mail);
    expect(await pageCards(popup)).toHaveLength(2);
    expect(await mail.evaluate(() => (window as unknown as { keptOpen?: boolean }).keptOpen)).toBe(true);
    await mail.close();
  });

  it('forgets what was learned on Forget, and switches learning off, on the settings page', async () => {
    const settings = await openExtensionPage(firefox.browser, '/src/ui/options/index.html#when');
    expect(Object.keys((await learned(settings))?.receptivity.moments ?? {}), 'the moments of the stories before').not.toEqual([]);
    await press(settings, 'button', 'Forget what was learned');
    // Read from the page's own text: the line fills 50 ms after the press, in a live region already there.
    await waitUntil(async () => (await settings.evaluate(() => document.body.innerText)).includes('Cleared. Small Hellos starts learning again from now.'), {
      what: 'the line saying what was learned is cleared',
    });
    expect((await learned(settings))?.receptivity.moments).toEqual({});

    const learning = await settings.waitForSelector(byRole('switch', 'Learn when cards are welcome'));
    expect(await learning?.evaluate((element) => (element as HTMLInputElement).checked)).toBe(true);
    await learning?.click();
    await waitUntil(async () => (await readSettingsIn(settings)).learningOn === false, { what: 'learning to be switched off' });
    await settings.close();
  });

  it('gives the site’s place for the day back when a card was never seen', async () => {
    // Past the last card's gap, and room under the cap for two more cards today.
    await moveNudgesBack(firefox.browser, 120);
    await setSettings(firefox.browser, { dailyCap: 5 });
    const covered = await firefox.browser.newPage();
    await serveFixtures(covered, { fixtures: { 'www.reddit.com': 'gmail-adversary.html' } });
    // The page lays its see-through top-layer box over whatever the add-on adds, as soon as it is added.
    await covered.evaluateOnNewDocument(`(${coverWhenAdded.toString()})()`);
    await covered.goto(`${REDDIT}?decoy`);
    const card = await waitForCard(covered);
    expect(await card.evaluate(() => document.querySelector('[data-seen]')?.getAttribute('data-seen'))).not.toBe('seen');
    const redditCards = async () => (await pageCards(popup)).filter((nudge) => nudge.site === 'reddit');
    expect(await redditCards()).toHaveLength(1);

    // The person goes elsewhere in that tab before the card was ever in plain view.
    await covered.goto('about:blank');
    await waitUntil(async () => (await redditCards()).length === 0, { what: 'the unseen card to be forgotten' });

    const again = await firefox.browser.newPage();
    await serveFixtures(again);
    await again.goto(REDDIT);
    await waitForCard(again);
    expect(await redditCards()).toHaveLength(1);
  });
});
