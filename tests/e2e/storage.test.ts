/**
 * Nothing lost: Small Hellos' database is the only copy of what a person keeps, so the
 * browser must not clear it when the disk runs low. Chromium never grants an extension
 * persistent storage (`navigator.storage.persisted()` stays false there); it leaves an
 * origin with the `unlimitedStorage` permission out of eviction instead, which it shows at
 * install without a word. (Firefox: tests/e2e-firefox/storage.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type Session } from './helpers';

describe('the only copy is kept', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the database reports persisted storage', async () => {
    const data = await browser.context.newPage();
    await data.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html#data`);
    const unevictable = await data.evaluate(() =>
      (globalThis as unknown as { chrome: { permissions: { contains(p: { permissions: string[] }): Promise<boolean> } } }).chrome.permissions.contains({
        permissions: ['unlimitedStorage'],
      }),
    );
    expect(unevictable, 'the extension holds unlimitedStorage, which Chromium never evicts').toBe(true);
    // The person reads the same under Your data.
    await data.getByText('Your browser keeps all of it, even when the disk runs low: none of it is cleared to make room.').waitFor();
    expect(await data.getByRole('status').filter({ hasText: 'could clear it' }).count()).toBe(0);
    await data.close();
  });
});
