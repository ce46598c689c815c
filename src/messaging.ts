import browser from 'webextension-polyfill';
import type { Broadcast, Reply, Request, RequestType, Responses } from './messages';

/**
 * The extension pages' one door to the background. A missing or broken answer (the
 * service worker failed to start, say) comes back as an error value, never as undefined.
 */
export async function sendRequest<K extends RequestType>(request: Extract<Request, { type: K }>): Promise<Reply<Responses[K]>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<Responses[K]> | undefined;
    return reply ?? { ok: false, error: 'storage-failed' };
  } catch {
    return { ok: false, error: 'storage-failed' };
  }
}

/**
 * Calls `listener` with what the background tells every open extension page (cards to go
 * quiet, an idea changed elsewhere). Everything else sent between the extension's pages is
 * none of the listener's business: it returns nothing, so it never answers in the
 * background's place.
 */
export function onBroadcast(listener: (broadcast: Broadcast) => void): () => void {
  const onMessage = (message: unknown): undefined => {
    const broadcast = message as Partial<Broadcast> | null;
    if (broadcast?.type === 'cards-quiet') listener({ type: 'cards-quiet' });
    else if (broadcast?.type === 'nudge-changed' && typeof broadcast.id === 'number') listener({ type: 'nudge-changed', id: broadcast.id });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
