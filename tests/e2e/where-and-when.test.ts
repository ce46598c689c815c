import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../scripts/chromium.mjs';
import { SITE, cardFrame, contentScriptRuns, contentScriptSaid, expectNoCard, readSettingsIn, startBrowser, waitForVisibleCard, type Session } from './helpers';

/** A site of the person's own, served from a fixture at its real address. */
const MASTODON = 'https://mastodon.social/home';

describe('where and when cards come, chosen on the settings page', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
    const body = await readFile(path.join(FIXTURES, 'generic.html'), 'utf8');
    // Registered after the fixtures, so it is asked first.
    await browser.context.route('https://mastodon.social/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function settingsPage(section: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html#${section}`);
    return page;
  }

  it('switches LinkedIn off: no card there', async () => {
    const settings = await settingsPage('where');
    await settings.getByRole('group', { name: 'Feeds' }).getByRole('switch', { name: 'LinkedIn' }).uncheck();
    await settings.getByText('Saved.').waitFor();
    const linkedin = await browser.open(SITE.linkedin);
    expect(await expectNoCard(linkedin)).toEqual(['disabled-moment']);
    await Promise.all([settings.close(), linkedin.close()]);
  });

  it('adds a site of one’s own: the browser grants it, a card appears there without a reload, and Remove gives it back', async () => {
    // Headless Chromium cannot show its permission prompt, so the person's "Allow" is given
    // the other way the browser offers: its own extensions page, which grants one site to
    // the extension (chrome://extensions → Details → Site access). The click on Add site
    // below still makes the real permissions.request, which the browser then grants at once.
    const extensions = await browser.context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }
        ).chrome.developerPrivate.addHostPermission(id, 'https://mastodon.social/*'),
      browser.extensionId,
    );
    await extensions.close();

    const settings = await settingsPage('where');
    await settings.getByLabel('Address').fill('not a site');
    await settings.getByRole('button', { name: 'Add site' }).click();
    await settings.getByText("This doesn't look like a website's address. Try something like mastodon.social.").waitFor();
    await settings.getByLabel('Address').fill('https://mastodon.social/home');
    await settings.getByLabel('What you do there').selectOption({ label: 'A feed' });
    await settings.getByRole('button', { name: 'Add site' }).click();
    await settings.getByText('mastodon.social added. Cards may come there from the next page you open.').waitFor();
    await settings.getByRole('group', { name: 'Feeds' }).getByRole('switch', { name: 'mastodon.social' }).waitFor();

    const mastodon = await browser.open(MASTODON);
    await waitForVisibleCard(mastodon);
    expect(await contentScriptRuns(browser, mastodon), 'the content script runs there').toBe(true);
    await mastodon.close();

    await settings.getByRole('button', { name: 'Remove mastodon.social' }).click();
    await settings.getByRole('button', { name: 'Remove mastodon.social' }).waitFor({ state: 'detached' });
    const granted = await settings.evaluate(() =>
      (globalThis as unknown as { chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } } }).chrome.permissions.contains({
        origins: ['https://mastodon.social/*'],
      }),
    );
    expect(granted, 'the site is given back to the browser').toBe(false);
    const again = await browser.open(MASTODON);
    expect(await contentScriptRuns(browser, again), 'the content script no longer runs there').toBe(false);
    expect(cardFrame(again)).toBeUndefined();
    expect(contentScriptSaid(again)).toEqual([]);
    await Promise.all([settings.close(), again.close()]);
  });
});

/**
 * A zone in which it is now a little after noon, whatever the machine's clock says (the
 * Etc/GMT zones count the other way round: Etc/GMT-3 is three hours ahead of UTC).
 */
function zoneWhereItIsNoon(now: number): string {
  const ahead = 12 - new Date(now).getUTCHours();
  return ahead === 0 ? 'Etc/GMT' : `Etc/GMT${ahead > 0 ? '-' : '+'}${Math.abs(ahead)}`;
}

/**
 * The hours and the days, by the browser's own clock: its local time is pinned with the
 * TZ of the launched browser, so that it is noon there, far from the day's start at 04:00.
 * Each story has a browser of its own, so that no card of another story is in the way.
 */
describe('when cards come, by a browser clock pinned to noon', () => {
  let browser: Session | undefined;
  let zone: string;

  beforeEach(async () => {
    zone = zoneWhereItIsNoon(Date.now());
    browser = await startBrowser({ timezone: zone });
  });

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  async function whenSection(session: Session): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/src/ui/options/index.html#when`);
    expect(await page.evaluate(() => new Date().getHours()), `the browser's clock in ${zone}`).toBe(12);
    return page;
  }

  /** One stored setting: polled until it is what was just chosen, so an earlier "Saved." never counts. */
  async function stored(page: Page, field: string): Promise<unknown> {
    return (await readSettingsIn(page))[field];
  }

  it('keeps a rest day free of cards, and lets them come again on a working day', async () => {
    const session = browser as Session;
    const settings = await whenSection(session);
    const weekday = new Date().toLocaleDateString('en', { weekday: 'long', timeZone: zone });
    const dayNumber = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].indexOf(weekday);
    await settings.getByRole('checkbox', { name: weekday }).check();
    await expect.poll(() => stored(settings, 'restDays')).toEqual([dayNumber]);
    const gmail = await session.open(SITE.gmail);
    expect(await expectNoCard(gmail)).toEqual(['rest-day']);

    await settings.getByRole('checkbox', { name: weekday }).uncheck();
    await expect.poll(() => stored(settings, 'restDays')).toEqual([]);
    const again = await session.open(SITE.gmail);
    await waitForVisibleCard(again);
    await Promise.all([settings.close(), gmail.close(), again.close()]);
  });

  it('keeps cards to the active hours, and lets them come within them', async () => {
    const session = browser as Session;
    const settings = await whenSection(session);
    // From two to three in the afternoon: at noon, that is later.
    await settings.getByLabel('Until').fill('15:00');
    await expect.poll(() => stored(settings, 'activeUntilMinutes')).toBe(15 * 60);
    await settings.getByLabel('From').fill('14:00');
    await expect.poll(() => stored(settings, 'activeFromMinutes')).toBe(14 * 60);
    const outlook = await session.open(SITE.outlook);
    expect(await expectNoCard(outlook)).toEqual(['outside-active-hours']);

    // From eleven to two: noon is within them.
    await settings.getByLabel('From').fill('11:00');
    await expect.poll(() => stored(settings, 'activeFromMinutes')).toBe(11 * 60);
    const again = await session.open(SITE.outlook);
    await waitForVisibleCard(again);
    await Promise.all([settings.close(), outlook.close(), again.close()]);
  });
});
