import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { HostLink } from './host-link';
import type { SeenState, SeenTracker } from './seen-tracker';

export interface SeenGate {
  /** Whether a click may act now; when not, the card says why (`notice`). */
  mayAct(): boolean;
  /** Whether the card has been in plain view long enough (× counts as Not now only then). */
  seenLongEnough(): boolean;
  /** Why the last click did nothing, while that still holds: the page covers the card, or it has only just come into view. */
  notice: 'cardCovered' | 'cardNotYet' | undefined;
  /** What the card knows now, for its markup (`data-seen`), where tests and styles can read it. */
  state: SeenState;
}

/**
 * The card's gate for clicks: a click acts only on a card in plain view for a moment. A
 * click that did nothing says why, and the card says it for as long as it holds: once the
 * card has been in plain view long enough again, the notice goes, and a click acts as on a
 * card that was never covered.
 */
export function useSeenGate(
  card: { current: Element | null },
  visible: boolean,
  host: HostLink | undefined,
  track: (element: Element, host: HostLink) => SeenTracker,
): SeenGate {
  const tracker = useRef<SeenTracker>(undefined);
  const [state, setState] = useState<SeenState>('not-yet');
  const [notice, setNotice] = useState<SeenGate['notice']>();

  useLayoutEffect(() => {
    if (!visible || !card.current || !host) return undefined;
    const current = track(card.current, host);
    tracker.current = current;
    setState(stateOf(current));
    const stop = current.onChange((next) => {
      setState(next);
      if (next === 'seen') setNotice(undefined);
    });
    return () => {
      stop();
      current.dispose();
      tracker.current = undefined;
    };
  }, [card, visible, host, track]);

  const mayAct = useCallback(() => {
    const now = tracker.current ? stateOf(tracker.current) : 'not-yet';
    setNotice(now === 'seen' ? undefined : now === 'covered' ? 'cardCovered' : 'cardNotYet');
    return now === 'seen';
  }, []);
  const seenLongEnough = useCallback(() => tracker.current?.seenLongEnough() ?? false, []);
  return { mayAct, seenLongEnough, notice, state };
}

function stateOf(tracker: SeenTracker): SeenState {
  if (tracker.covered()) return 'covered';
  return tracker.seenLongEnough() ? 'seen' : 'not-yet';
}
