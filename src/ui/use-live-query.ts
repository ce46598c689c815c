import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown };

/**
 * A database read that follows the data: the component renders again whenever a table the
 * query touched changes. `query` should call a repository in src/db, never build a Dexie
 * query inline. A failure (the database cannot open) comes back as a value to show.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[] = []): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => {
        console.error('Small Hellos could not read its storage:', error);
        setResult({ status: 'error', error });
      },
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
