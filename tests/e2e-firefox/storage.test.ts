import { afterAll, beforeAll, describe, it } from 'vitest';
import { firefoxMissingReason } from '../../scripts/ensure-firefox.mjs';
import { POPUP_PATH, launchFirefoxWithExtension, openExtensionPage, waitUntil, type LaunchedFirefox } from '../../scripts/firefox.mjs';

/**
 * Nothing lost, in Firefox: for the `unlimitedStorage` permission (no prompt at install
 * since Firefox 77) Firefox grants the add-on's origin the persistent-storage permission,
 * and the background asks for persistent storage on install and at every start, granted
 * at once: every page of the add-on then reads `navigator.storage.persisted()` as true.
 */
const missing = firefoxMissingReason();
if (missing) console.warn(`Skipping the Firefox storage test: ${missing}`);

describe.skipIf(missing)('the only copy is kept, in Firefox ESR', () => {
  let firefox: LaunchedFirefox;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('the database reports persisted storage', async () => {
    // The popup asks nothing itself: what it reads is what the background asked for on install.
    const popup = await openExtensionPage(firefox.browser, POPUP_PATH);
    await waitUntil(() => popup.evaluate(() => navigator.storage.persisted()), { timeout: 5_000, what: 'the storage to be persisted' });
    await popup.close();
    // The person reads the same under Your data.
    const data = await openExtensionPage(firefox.browser, '/src/ui/options/index.html#data');
    await data.waitForSelector('::-p-text(Your browser keeps all of it, even when the disk runs low: none of it is cleared to make room.)');
  });
});
