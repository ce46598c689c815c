import browser from 'webextension-polyfill';
import type { Reply, Request, RequestType, Responses } from './messages';

/**
 * The extension pages' one door to the background. A missing or broken answer (the
 * service worker failed to start, say) comes back as an error value, never as undefined.
 */
export async function sendRequest<K extends RequestType>(
  request: Extract<Request, { type: K }>,
): Promise<Reply<Responses[K]>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<Responses[K]> | undefined;
    return reply ?? { ok: false, error: 'storage-failed' };
  } catch {
    return { ok: false, error: 'storage-failed' };
  }
}

/** Opens the extension's settings page (people, and later sites and schedule) in a tab. */
export async function openSettingsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
