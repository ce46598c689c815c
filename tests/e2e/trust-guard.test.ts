/**
 * Gone means gone, on tests/fixtures/gmail-adversary.html: a card the page keeps taking away
 * is put back a few times and then let go; a card that leaves stays gone, catches no click
 * and leaves nothing of the extension on the page; a card whose extension goes leaves too.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  SITE,
  cardBox,
  cardFrame,
  closeCard,
  moveNudgesBack,
  readNudges,
  setSettings,
  startBrowser,
  waitForVisibleCard,
  waitUntil,
  type Session,
} from './helpers';
import { adversary } from './adversary';
import { foreignOnHtml, htmlArrivals, rootTraces, watchHtml, type RootTraces } from './card-gone';

describe('on a page that takes the card away', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser({ fixtures: { 'mail.google.com': 'gmail-adversary.html' } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    // Each story gets a fresh day's card: earlier ones belong to two days ago.
    await moveNudgesBack(browser.context, browser.extensionId, 2 * 24 * 60);
    await setSettings(browser.context, browser.extensionId, { mutedUntil: 0, snoozedUntil: 0, cardCorners: {} });
  });

  /**
   * Opens Gmail in a fixture mode that keeps taking the card away (`fight` removes it,
   * `restyle` hides it again), and checks what must hold once the guard gives up: the
   * card made there forgotten, the page answering at once, put back three times and then
   * left alone. Returns the page.
   */
  async function pageTheGuardGivesUpOn(mode: 'fight' | 'restyle'): Promise<Page> {
    const count = mode === 'fight' ? 'removed' : 'restyled';
    const opened = Date.now();
    const page = await browser.open(`${SITE.gmail}?${mode}`);
    await waitUntil(async () => (await adversary(page))[count] > 0, { what: `the page to take the card away (${mode})` });
    const madeToday = async () => (await readNudges(browser.context, browser.extensionId)).filter((nudge) => nudge.shownAt >= opened);
    await waitUntil(async () => (await madeToday()).length === 0, { what: 'the unseen card to be forgotten' });
    const started = Date.now();
    expect(await page.evaluate(() => document.title)).toContain('Mail');
    expect(Date.now() - started).toBeLessThan(1_000);
    // Put back three times, then left alone.
    expect((await adversary(page))[count]).toBe(4);
    expect(cardFrame(page)).toBeUndefined();
    return page;
  }

  it('gives up on a page that removes it forever: the page keeps answering and the day is not spent', async () => {
    // The card was made (the page removed it), then forgotten once the guard gave up.
    await pageTheGuardGivesUpOn('fight');
    const outlook = await browser.open(SITE.outlook);
    await waitForVisibleCard(outlook);
  });

  it('gives up on a page that keeps hiding it again: the page keeps answering and the day is not spent', async () => {
    const page = await pageTheGuardGivesUpOn('restyle');
    const foreign = await page.evaluate(
      () => [...document.documentElement.children].filter((child) => child !== document.head && child !== document.body).length,
    );
    expect(foreign).toBe(0);
  });

  it('leaves for good after ×: nothing is put back on the page, and a click where it was reaches the page', async () => {
    const page = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(page);
    const box = await cardBox(card);
    await watchHtml(page);
    await page.evaluate(() => {
      const clicks: string[] = [];
      Object.assign(window, { __clicks: clicks });
      document.addEventListener('click', (event) => clicks.push((event.target as Element).localName), true);
    });

    await closeCard(page, card);
    // A later event that comes only once the card is out of the way: the page itself hears a
    // click where the card was (a frame in its place would have taken it).
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const clicked = await waitUntil(() => page.evaluate(() => (window as unknown as { __clicks: string[] }).__clicks.at(-1)), {
      what: 'the page to hear the click where the card was',
    });
    expect(clicked, 'what the click landed on').not.toContain('-');
    expect(await htmlArrivals(page), 'elements put on <html> since the card was open').toEqual([]);
    expect(await foreignOnHtml(page)).toEqual([]);
  });
});

const GMAIL_ORIGIN = 'https://mail.google.com/*';

describe('once a card has left a page that let its sheet in', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser({ fixtures: { 'mail.google.com': 'gmail-adversary.html' } });
    // The extension may style Gmail once the person grants it the site (as for a site they
    // add): then the card's sheet goes in, in Chromium as in Firefox. Headless Chromium cannot
    // show the permission prompt, so the person's "Allow" is given on the browser's own
    // extensions page first; the request that follows is then granted at once.
    const extensions = await browser.context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(
      ({ id, origin }) =>
        (
          globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }
        ).chrome.developerPrivate.addHostPermission(id, origin),
      { id: browser.extensionId, origin: GMAIL_ORIGIN },
    );
    await extensions.goto(`chrome-extension://${browser.extensionId}/src/ui/nudge/index.html`);
    const granted = await extensions.evaluate(
      (origin) =>
        (globalThis as unknown as { chrome: { permissions: { request(p: { origins: string[] }): Promise<boolean> } } }).chrome.permissions.request({
          origins: [origin],
        }),
      GMAIL_ORIGIN,
    );
    expect(granted, 'Gmail granted').toBe(true);
    await extensions.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('leaves nothing of the extension on <html> or <body>: no element, attribute, style or custom property', async () => {
    const page = await browser.context.newPage();
    // The page as served, before the content script runs (at document_idle, after this).
    await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => { window.__asServed = (${rootTraces.toString()})(); });`);
    await page.goto(SITE.gmail);
    const card = await waitForVisibleCard(page);
    const displayBy = await page.evaluate(() => {
      const host = [...document.documentElement.children].find((child) => child.localName.includes('-')) as HTMLElement | undefined;
      return /var\((--[a-z]+),/.exec(host?.style.getPropertyValue('display') ?? '')?.[1] ?? '';
    });
    const onHtml = () => page.evaluate((name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim(), displayBy);
    expect(displayBy, 'the card shown by its sheet').not.toBe('');
    expect(await onHtml(), 'the sheet’s property while the card is there').toBe('block');

    await closeCard(page, card);
    await waitUntil(async () => (await onHtml()) === '', { what: 'the card’s sheet to go' });
    const asServed = await page.evaluate(() => (window as unknown as { __asServed: RootTraces }).__asServed);
    expect(await page.evaluate(rootTraces)).toEqual(asServed);
    expect(await foreignOnHtml(page)).toEqual([]);
  });
});

describe('when the extension goes away', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser({ fixtures: { 'mail.google.com': 'gmail-adversary.html' } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('leaves nothing on the page within a second of a reload, and no longer guards it', async () => {
    const page = await browser.open(SITE.gmail);
    await waitForVisibleCard(page);
    const [worker] = browser.context.serviceWorkers();
    if (!worker) throw new Error('The extension has no service worker');
    const foreign = () =>
      page.evaluate(() => [...document.documentElement.children].filter((child) => child !== document.head && child !== document.body).length);
    expect(await foreign()).toBe(1);

    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await waitUntil(async () => (await foreign()) === 0, { timeout: 1_000, interval: 50, what: 'the dead card to leave' });
    // Playwright hears of the removed frame a moment after the page has lost it.
    await waitUntil(() => !cardFrame(page), { timeout: 1_000, interval: 50, what: 'the dead card’s frame to go' });
  });
});
