import browser from 'webextension-polyfill';
import type { Broadcast, Reply, Request, RequestType, Responses } from './messages';

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

/**
 * Calls `listener` when the background says every open card is to go quiet. Everything
 * else sent between the extension's pages is none of the listener's business: it returns
 * nothing, so it never answers in the background's place.
 */
export function onCardsQuiet(listener: () => void): () => void {
  const onMessage = (message: unknown): undefined => {
    const quiet: Broadcast['type'] = 'cards-quiet';
    if ((message as Partial<Broadcast> | null)?.type === quiet) listener();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
