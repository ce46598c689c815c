import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** Long enough for screen readers to notice the live region was emptied. */
const CLEAR_MS = 50;

/**
 * A line for a polite live region. The region is emptied first, so the same words said
 * twice in a row ("Saved.", then "Saved." again) are announced both times.
 */
export function useAnnouncer(): [message: string, announce: (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = useCallback((next: string) => {
    clearTimeout(timer.current);
    setMessage('');
    timer.current = setTimeout(() => setMessage(next), CLEAR_MS);
  }, []);
  return [message, announce];
}
