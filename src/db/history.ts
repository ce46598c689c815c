import { historyCutoff } from '../core/retention';
import { db } from './database';
import { getSettings } from './settings';

/** How many history entries are kept. */
export async function countHistory(): Promise<number> {
  return db.nudges.count();
}

/** Clears the history; people and settings stay. */
export async function clearHistory(): Promise<void> {
  await db.nudges.clear();
}

/** Removes history older than the person chose to keep. Returns how many entries went. */
export async function pruneHistory(now: number): Promise<number> {
  return db.transaction('rw', db.nudges, db.settings, async () => {
    const cutoff = historyCutoff((await getSettings()).keepHistory, now);
    return cutoff === undefined ? 0 : db.nudges.where('shownAt').below(cutoff).delete();
  });
}

/** A fresh start: people, history and settings all go, in one transaction. */
export async function deleteEverything(): Promise<void> {
  await db.transaction('rw', db.people, db.nudges, db.settings, async () => {
    await Promise.all([db.people.clear(), db.nudges.clear(), db.settings.clear()]);
  });
}
