import { liveQuery } from 'dexie';
import { db } from '../db/database';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * A database read that follows the data: the component renders again whenever a table the
 * query touched changes. `query` should call a repository in src/db, never build a Dexie
 * query inline. A failure (the database cannot open) comes back as a value to show.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[] = []): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    const fail = (error: unknown) => {
      if (!active) return;
      console.error('Small Hellos could not read its storage:', error);
      setResult({ status: 'error', error });
    };
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        if (active) setResult({ status: 'ready', value });
      },
      error: fail,
    });
    // liveQuery stays silent when the database cannot open (Dexie reports that as
    // DatabaseClosedError, which liveQuery treats as "wait for it to reopen"), so opening it
    // here makes that failure visible instead of leaving the page empty. (Opening an open
    // database costs nothing; reading everything twice would.)
    db.open().catch(fail);
    return () => {
      active = false;
      subscription.unsubscribe();
    };
  }, deps);
  return result;
}
