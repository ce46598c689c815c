import type { HostLink } from './host-link';

/** How long the card must have been in plain view before a click on it counts. */
export const SEEN_FOR_MS = 500;
/** How often the host page's side is asked, where the card cannot tell by itself. */
const HOST_CHECK_MS = 200;

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
  dispose(): void;
}

export function trackSeen(element: Element, host: HostLink, now: () => number = () => performance.now()): SeenTracker {
  let visibleSince: number | undefined;
  let covered = false;
  const mark = (visible: boolean) => {
    covered = !visible;
    if (!visible) visibleSince = undefined;
    else visibleSince ??= now();
  };
  const seenLongEnough = () => visibleSince !== undefined && now() - visibleSince >= SEEN_FOR_MS;

  if (canTrackVisibility()) {
    const options = { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) mark((entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true);
    }, options);
    observer.observe(element);
    return { seenLongEnough, covered: () => covered, dispose: () => observer.disconnect() };
  }

  const ask = () => void host.askSeen().then((seen) => mark(seen === true));
  ask();
  const timer = setInterval(ask, HOST_CHECK_MS);
  return { seenLongEnough, covered: () => covered, dispose: () => clearInterval(timer) };
}

function canTrackVisibility(): boolean {
  return typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
}
