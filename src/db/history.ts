import { whatHappened, type Happened } from '../core/happened';
import { historyCutoff } from '../core/retention';
import type { HistoryKeep } from '../core/settings';
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

/** How many history entries are older than `keep` would keep: what choosing it would remove now. */
export async function countOlderThanKept(keep: HistoryKeep, now: number): Promise<number> {
  const cutoff = historyCutoff(keep, now);
  if (cutoff === undefined) return 0;
  return db.transaction('r', db.nudges, db.hellos, async () => {
    const [nudges, hellos] = await Promise.all([db.nudges.where('shownAt').below(cutoff).count(), db.hellos.where('at').below(cutoff).count()]);
    return nudges + hellos;
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

/** One page of everything that happened, newest first, and where the next (older) page starts. */
export interface HappenedPage {
  readonly entries: Happened[];
  readonly next?: HappenedCursor;
}

/** Where a page starts: before this moment for notes (by when shown) and for hellos. */
export interface HappenedCursor {
  readonly notesBefore: number;
  readonly hellosBefore: number;
}

/**
 * A page of what happened (notes sent, ideas done, hellos made), read through the indexes
 * from where the last page ended: a history of any length is read a page at a time.
 */
export async function happenedPage(cursor: HappenedCursor, size: number): Promise<HappenedPage> {
  return db.transaction('r', db.nudges, db.hellos, async () => {
    const [notes, hellos] = await Promise.all([
      db.nudges
        .where('shownAt')
        .below(cursor.notesBefore)
        .reverse()
        .filter((nudge) => nudge.status === 'sent')
        .limit(size + 1)
        .toArray(),
      db.hellos.where('at').below(cursor.hellosBefore).reverse().limit(size + 1).toArray(),
    ]);
    const entries = whatHappened(notes, hellos, size);
    const shownNotes = entries.flatMap((entry) => (entry.kind === 'note' ? [entry.nudge.shownAt] : []));
    const shownHellos = entries.flatMap((entry) => (entry.kind === 'hello' ? [entry.hello.at] : []));
    const more = notes.length + hellos.length > entries.length;
    return {
      entries,
      ...(more
        ? {
            next: {
              notesBefore: shownNotes.length > 0 ? Math.min(...shownNotes) : cursor.notesBefore,
              hellosBefore: shownHellos.length > 0 ? Math.min(...shownHellos) : cursor.hellosBefore,
            },
          }
        : {}),
    };
  });
}

/** The first page starts after everything. */
export const FIRST_PAGE: HappenedCursor = { notesBefore: Number.MAX_SAFE_INTEGER, hellosBefore: Number.MAX_SAFE_INTEGER };
