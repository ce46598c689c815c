import type { CardToHost } from '../../messages';
import { sendRequest } from '../../messaging';

/**
 * The card's line to the content script that hosts its frame, through the background
 * (see `card-host` in src/messages.ts). The page's window never hears it, so the page
 * learns neither the extension's address nor what the person does in the card.
 */
export interface HostLink {
  send(message: CardToHost): void;
  /** Asks whether the page lets the card be seen, where the card cannot tell by itself. */
  askSeen(): Promise<boolean | undefined>;
}

export function connectToHost(nudgeId: number): HostLink {
  // One message at a time, in order: a close must not overtake the height before it.
  let queue = Promise.resolve();
  const deliver = (message: CardToHost) => sendRequest({ type: 'card-host', id: nudgeId, message });
  return {
    send(message) {
      queue = queue.then(async () => {
        const reply = await deliver(message);
        if (!reply.ok) console.warn('Small Hellos card could not reach its page:', reply.error);
      });
    },
    async askSeen() {
      const reply = await deliver({ kind: 'check-seen' });
      return reply.ok ? reply.value.answer?.seen : undefined;
    },
  };
}
