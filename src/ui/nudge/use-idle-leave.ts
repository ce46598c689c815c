import { useEffect, useRef } from 'preact/hooks';
import type { HostLink } from './host-link';
import { watchPresence } from './presence';

/** How long a card stays while nobody comes to it. */
export const IDLE_LEAVE_MS = 10 * 60_000;

/**
 * A card nobody comes to leaves after a while: after ten minutes without the pointer or the
 * keyboard in it (the time starts again whenever they leave it), until the person presses
 * or types anything in it; from then on it stays until they close it. It is put away, not
 * dismissed: the content script forgets a nudge nobody used (`put-away`, as for a card the
 * page never let be seen), so it is no "Not now" and does not count against the day.
 */
export function useIdleLeave(host: HostLink | undefined, onGone: () => void, idleMs = IDLE_LEAVE_MS): void {
  const latestOnGone = useRef(onGone);
  latestOnGone.current = onGone;

  useEffect(() => {
    if (!host) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopWatching = (): void => undefined;
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stopWatching();
        host.send({ kind: 'put-away' });
        latestOnGone.current();
      }, idleMs);
    };
    wait();
    stopWatching = watchPresence(window, {
      change: (present) => (present ? clearTimeout(timer) : wait()),
      // Used: the card stays until the person closes it.
      aboutToAct: () => {
        clearTimeout(timer);
        stopWatching();
      },
    });
    return () => {
      clearTimeout(timer);
      stopWatching();
    };
  }, [host, idleMs]);
}
