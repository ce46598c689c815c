import { historyCutoff } from '../core/retention';
import { db } from './database';
import { getSettings } from './settings';

/** How many history entries are kept: suggestions, and hellos made away from them. */
export async function countHistory(): Promise<number> {
  const [nudges, hellos] = await Promise.all([db.nudges.count(), db.hellos.count()]);
  return nudges + hellos;
}

/** Clears the history (hellos made away from the suggestions too); people, rituals and settings stay. */
export async function clearHistory(): Promise<void> {
  await db.transaction('rw', db.nudges, db.hellos, async () => {
    await Promise.all([db.nudges.clear(), db.hellos.clear()]);
  });
}

/** Removes history older than the person chose to keep. Returns how many entries went. */
export async function pruneHistory(now: number): Promise<number> {
  return db.transaction('rw', db.nudges, db.hellos, db.settings, async () => {
    const cutoff = historyCutoff((await getSettings()).keepHistory, now);
    if (cutoff === undefined) return 0;
    const [nudges, hellos] = await Promise.all([db.nudges.where('shownAt').below(cutoff).delete(), db.hellos.where('at').below(cutoff).delete()]);
    return nudges + hellos;
  });
}

/** A fresh start: people, history, hellos, rituals and settings all go, in one transaction. */
export async function deleteEverything(): Promise<void> {
  await db.transaction('rw', [db.people, db.nudges, db.settings, db.hellos, db.rituals], async () => {
    await Promise.all([db.people.clear(), db.nudges.clear(), db.settings.clear(), db.hellos.clear(), db.rituals.clear()]);
  });
}
