import { useEffect, useState } from 'preact/hooks';

/**
 * The time, moving on by itself: the page renders again at `wakeAt` (when a snooze ends,
 * say) and at least every `everyMs`, so that an open page never says "paused" after the
 * pause is over.
 */
export function useNow(wakeAt = 0, everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const delay = wakeAt > now ? Math.min(wakeAt - now + 20, everyMs) : everyMs;
    const timer = setTimeout(() => setNow(Date.now()), delay);
    return () => clearTimeout(timer);
  }, [now, wakeAt, everyMs]);
  return now;
}
