/**
 * The toolbar button says what is stored, whichever page changed it: no page has to tell
 * the background, which may be asleep anyway.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, stopServiceWorker, waitUntil, type Session } from './helpers';

/** The toolbar button's title, as any page of the extension can read it. */
function toolbarTitle(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as { chrome: { action: { getTitle(details: object): Promise<string> } } }).chrome.action.getTitle({}));
}

describe('the toolbar button', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('goes back to its plain title when Delete everything ends a rest, with the service worker stopped', async () => {
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Low energy today', exact: true }).click();
    await popup.getByText('Resting today').waitFor();
    await popup.close();

    const data = await browser.context.newPage();
    await data.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html#data`);
    expect(await toolbarTitle(data)).toBe('Small Hellos is resting today');
    // Asleep, as after half a minute idle: only the settings page itself can follow.
    await stopServiceWorker(browser, data);
    await data.getByRole('button', { name: 'Delete everything' }).click();
    await data.getByRole('group').getByRole('button', { name: 'Delete everything' }).click();
    await data.getByText('Everything is deleted. Small Hellos is starting fresh.').waitFor();
    await waitUntil(async () => (await toolbarTitle(data)) === 'Small Hellos', { what: 'the toolbar title to follow' });
  });
});
