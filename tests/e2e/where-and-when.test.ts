import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../scripts/chromium.mjs';
import { SITE, cardFrame, contentScriptSaid, expectNoCard, startBrowser, waitForVisibleCard, type Session } from './helpers';

/** A site of the person's own, served from a fixture at its real address. */
const MASTODON = 'https://mastodon.social/home';
const DAY_START_MINUTES = 4 * 60;

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
      (id) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id, 'https://mastodon.social/*'),
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
    await mastodon.close();

    await settings.getByRole('button', { name: 'Remove mastodon.social' }).click();
    await settings.getByRole('button', { name: 'Remove mastodon.social' }).waitFor({ state: 'detached' });
    const granted = await settings.evaluate(() =>
      (globalThis as unknown as { chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } } }).chrome.permissions.contains({ origins: ['https://mastodon.social/*'] }),
    );
    expect(granted, 'the site is given back to the browser').toBe(false);
    const again = await browser.open(MASTODON);
    await again.waitForTimeout(1500);
    expect(cardFrame(again)).toBeUndefined();
    expect(contentScriptSaid(again), 'the content script no longer runs there').toEqual([]);
    await Promise.all([settings.close(), again.close()]);
  });

  it('keeps a rest day free of cards', async () => {
    const settings = await settingsPage('when');
    // Today as the person lives it: the day starts at 04:00.
    const today = await settings.evaluate(
      (startMinutes) => new Intl.DateTimeFormat('en', { weekday: 'long' }).format(new Date(Date.now() - startMinutes * 60_000)),
      DAY_START_MINUTES,
    );
    await settings.getByRole('checkbox', { name: today }).check();
    await settings.getByText('Saved.').waitFor();
    const gmail = await browser.open(SITE.gmail);
    expect(await expectNoCard(gmail)).toEqual(['rest-day']);
    await settings.getByRole('checkbox', { name: today }).uncheck();
    await expect.poll(() => settings.getByRole('checkbox', { name: today }).isChecked()).toBe(false);
    await gmail.close();
    await settings.close();
  });

  it('keeps cards to the active hours, by the browser’s clock', async () => {
    const settings = await settingsPage('when');
    // Hours that start two hours from now and end an hour later: now is outside them.
    const [from, until] = await settings.evaluate(() => {
      const clock = (hoursAhead: number) => {
        const at = new Date(Date.now() + hoursAhead * 3_600_000);
        return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
      };
      return [clock(2), clock(3)];
    });
    await settings.getByLabel('From').fill(from);
    await settings.getByLabel('Until').fill(until);
    await settings.getByText('Saved.').waitFor();
    const outlook = await browser.open(SITE.outlook);
    expect(await expectNoCard(outlook)).toEqual(['outside-active-hours']);
    await Promise.all([settings.close(), outlook.close()]);
  });
});
