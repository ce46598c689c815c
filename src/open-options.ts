import browser from 'webextension-polyfill';

/**
 * Opens the settings page (the manifest's `options_ui`) in a tab, from any extension page.
 * `runtime.openOptionsPage` opens it where the browser keeps it, but not every browser has
 * it (Firefox for Android only from 57, and none that lacks `options_ui`), and a browser may
 * refuse it: then the page opens as an ordinary tab, which needs no permission. A failure of
 * that too is the caller's to say in plain words.
 */
export async function openSettingsPage(): Promise<void> {
  if ((browser.runtime as Partial<typeof browser.runtime>).openOptionsPage) {
    try {
      await browser.runtime.openOptionsPage();
      return;
    } catch (cause) {
      console.warn('Small Hellos opens its settings as a tab instead:', cause);
    }
  }
  const page = browser.runtime.getManifest().options_ui?.page;
  if (!page) throw new Error('The manifest names no settings page');
  await browser.tabs.create({ url: browser.runtime.getURL(page) });
}
