import { useEffect, useState } from 'preact/hooks';
import type { LiveResult } from '../use-live-query';

/**
 * A part of the page whose code is imported once the component is on screen (its effect
 * runs after the paint), so that the first view never waits for it. A failure comes back
 * as a value to show.
 */
export function useModule<T>(load: () => Promise<T>): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    load().then(
      (value) => {
        if (active) setResult({ status: 'ready', value });
      },
      (error: unknown) => {
        console.error('Small Hellos could not load a part of this page:', error);
        if (active) setResult({ status: 'error', error });
      },
    );
    return () => {
      active = false;
    };
  }, []);
  return result;
}
