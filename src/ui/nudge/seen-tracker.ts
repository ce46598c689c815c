import type { HostLink } from './host-link';
import { watchPresence } from './presence';

/** How long the card must have been in plain view before a click on it counts. */
export const SEEN_FOR_MS = 500;
/** How often the host page's side is asked while the person is at the card, where the card cannot tell by itself. */
const HOST_CHECK_MS = 200;

/**
 * What the card knows of being seen: the page covers, fades or filters it; it has not been
 * in plain view long enough yet (or nobody has said); or it has, and a click counts.
 */
export type SeenState = 'covered' | 'not-yet' | 'seen';

/**
 * Whether the person can really see the card: a page can lay a decoy over it, fade it, or
 * filter it, and let a click fall through. Chromium tells the card itself through
 * IntersectionObserver v2 (occlusion and visual effects, across the frame boundary); where
 * a browser cannot (Firefox), the content script checks what it can from the page's side.
 */
export interface SeenTracker {
  seenLongEnough(): boolean;
  /** Whether the latest report said the card cannot be seen (not: seen only a moment, or no report yet). */
  covered(): boolean;
  /** Calls `listener` with every new state, also when half a second in view has passed; returns a function that stops it. */
  onChange(listener: (state: SeenState) => void): () => void;
  dispose(): void;
}

export function trackSeen(element: Element, host: HostLink, now: () => number = () => performance.now()): SeenTracker {
  const clock = seenClock(now);
  const stop = canTrackVisibility() ? watchVisibility(element, clock) : askThePage(element.ownerDocument.defaultView ?? window, host, clock);
  return {
    seenLongEnough: () => clock.state() === 'seen',
    covered: () => clock.state() === 'covered',
    onChange: clock.onChange,
    dispose() {
      stop();
      clock.dispose();
    },
  };
}

interface SeenClock {
  state(): SeenState;
  /** A report: visible or not, as of `at` (now, unless the browser said when). */
  mark(visible: boolean, at?: number): void;
  /** Nobody watched for a while: whatever was seen before counts no more. */
  forget(): void;
  onChange(listener: (state: SeenState) => void): () => void;
  dispose(): void;
}

/** Half a second of plain view, counted from the first report that says so, and told when it is reached. */
function seenClock(now: () => number): SeenClock {
  let visibleSince: number | undefined;
  let covered = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<(state: SeenState) => void>();
  const state = (): SeenState => {
    if (covered) return 'covered';
    return visibleSince !== undefined && now() - visibleSince >= SEEN_FOR_MS ? 'seen' : 'not-yet';
  };
  let told = state();
  const tell = () => {
    clearTimeout(timer);
    const current = state();
    // Still counting: look again when the half second is up (and again, should a timer wake early).
    if (current === 'not-yet' && visibleSince !== undefined) timer = setTimeout(tell, visibleSince + SEEN_FOR_MS - now());
    if (current === told) return;
    told = current;
    for (const listener of listeners) listener(current);
  };
  return {
    state,
    mark(visible, at = now()) {
      covered = !visible;
      if (!visible) visibleSince = undefined;
      else visibleSince ??= Math.min(at, now());
      tell();
    },
    forget() {
      visibleSince = undefined;
      tell();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      clearTimeout(timer);
      listeners.clear();
    },
  };
}

/** Chromium reports every change itself; each report carries the moment the browser looked. */
function watchVisibility(element: Element, clock: SeenClock): () => void {
  const options = { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) clock.mark((entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true, entry.time);
  }, options);
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Where the card cannot tell, the page's side is asked, and only while the person is at the
 * card: every 200 ms while the pointer or the keyboard is in it, and once more, fresh, when
 * they press or type. A card nobody comes to asks nothing. What was seen before they came
 * counts for nothing, since nobody was looking: the half second starts when they arrive.
 * On a touch screen nobody can come to the card without pressing it, so there is no arrival
 * to wait for: the card is watched from when it appears, as Chromium watches it itself.
 */
function askThePage(frame: Window, host: HostLink, clock: SeenClock): () => void {
  let asked = 0;
  /** Answers to asks older than this are late news and are dropped. */
  let current = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const ask = () => {
    const number = (asked += 1);
    void host.askSeen().then((seen) => {
      if (number < current) return;
      current = number;
      clock.mark(seen === true);
    });
  };
  const watch = () => {
    ask();
    timer = setInterval(ask, HOST_CHECK_MS);
  };
  const touchScreen = frame.matchMedia('(pointer: coarse)').matches;
  const stopWatching = watchPresence(frame, {
    change(present) {
      if (touchScreen) return;
      clearInterval(timer);
      current = asked + 1;
      clock.forget();
      if (present) watch();
    },
    aboutToAct: ask,
  });
  if (touchScreen) watch();
  return () => {
    clearInterval(timer);
    stopWatching();
  };
}

function canTrackVisibility(): boolean {
  return typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
}
