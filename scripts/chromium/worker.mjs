/** The extension's service worker, stopped as Chromium stops an idle one. */
import { waitUntil } from './wait.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

/**
 * Stops the extension's service worker, as Chromium does after ~30 s idle (while Playwright
 * is attached it never idles by itself), and waits until DevTools reports it stopped. The
 * next message from a page starts it again.
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {Page} page any page, to reach DevTools through
 */
export async function stopExtensionWorker(context, extensionId, page) {
  const devtools = await context.newCDPSession(page);
  const ours = `chrome-extension://${extensionId}/`;
  let stopped = false;
  devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const versionsOfOurs = versions.filter((version) => version.scriptURL.startsWith(ours));
    // Latched: a page's next message may start the worker again at once, and that is fine.
    if (versionsOfOurs.length > 0 && versionsOfOurs.every((version) => version.runningStatus === 'stopped')) stopped = true;
  });
  try {
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');
    await waitUntil(() => stopped, { timeout: 15_000, what: 'the service worker to stop' });
  } finally {
    await devtools.detach();
  }
}
