import { useEffect, useRef } from 'preact/hooks';

/**
 * Runs `callback` once `delayMs` after `active` becomes true, and never after the component
 * is gone. Used for the calm lines that close the card by themselves.
 */
export function useTimeout(active: boolean, delayMs: number, callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => latest.current(), delayMs);
    return () => clearTimeout(timer);
  }, [active, delayMs]);
}

/** How long a closing line stays readable before the view moves on. */
export const LINGER_MS = 2500;
