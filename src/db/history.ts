import { whatHappened, type Happened } from '../core/happened';
import { sentAtOf } from '../core/hellos';
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
  await db.transaction('rw', [db.people, db.nudges, db.settings, db.hellos, db.rituals, db.learning], async () => {
    await Promise.all([db.people.clear(), db.nudges.clear(), db.settings.clear(), db.hellos.clear(), db.rituals.clear(), db.learning.clear()]);
  });
}

/** One page of everything that happened, newest first, and where the next (older) page starts. */
export interface HappenedPage {
  readonly entries: Happened[];
  readonly next?: HappenedCursor;
}

/** A place in one list, read newest first: by the moment, then by id for entries of the same moment. */
export interface ListPlace {
  readonly at: number;
  readonly id: number;
}

/** Where a page starts: just after the last note (by when sent) and the last hello already read. */
export interface HappenedCursor {
  readonly notesAfter: ListPlace;
  readonly hellosAfter: ListPlace;
}

/** Whether an entry at `at` with `id` comes after `place`, newest first (IndexedDB orders equal keys by id). */
const isAfter = (place: ListPlace, at: number, id: number | undefined) => at < place.at || (at === place.at && (id ?? 0) < place.id);

/**
 * A page of what happened (notes sent, ideas done, hellos made), read through the indexes
 * from where the last page ended: a history of any length is read a page at a time, and
 * entries of the same moment on either side of a page's end are neither lost nor doubled.
 */
export async function happenedPage(cursor: HappenedCursor, size: number): Promise<HappenedPage> {
  return db.transaction('r', db.nudges, db.hellos, async () => {
    const [notes, hellos] = await Promise.all([
      // Only sent notes have a sentAt: the ideas shown and put aside are never read.
      db.nudges
        .where('sentAt')
        .belowOrEqual(cursor.notesAfter.at)
        .reverse()
        .filter((nudge) => nudge.status === 'sent' && isAfter(cursor.notesAfter, sentAtOf(nudge), nudge.id))
        .limit(size + 1)
        .toArray(),
      db.hellos
        .where('at')
        .belowOrEqual(cursor.hellosAfter.at)
        .reverse()
        .filter((hello) => isAfter(cursor.hellosAfter, hello.at, hello.id))
        .limit(size + 1)
        .toArray(),
    ]);
    // The page takes the newest of both lists by the order each was read in, so what it
    // takes of each is where that list's next page starts.
    const merged = [
      ...notes.map((nudge) => ({ at: sentAtOf(nudge), id: nudge.id ?? 0, note: nudge })),
      ...hellos.map((hello) => ({ at: hello.at, id: hello.id ?? 0, hello })),
    ]
      .sort((a, b) => b.at - a.at || b.id - a.id)
      .slice(0, size);
    const takenNotes = merged.flatMap((entry) => ('note' in entry ? [entry.note] : []));
    const takenHellos = merged.flatMap((entry) => ('hello' in entry ? [entry.hello] : []));
    const lastNote = takenNotes.at(-1);
    const lastHello = takenHellos.at(-1);
    const more = notes.length + hellos.length > merged.length;
    return {
      entries: whatHappened(takenNotes, takenHellos, size),
      ...(more
        ? {
            next: {
              notesAfter: lastNote ? { at: sentAtOf(lastNote), id: lastNote.id ?? 0 } : cursor.notesAfter,
              hellosAfter: lastHello ? { at: lastHello.at, id: lastHello.id ?? 0 } : cursor.hellosAfter,
            },
          }
        : {}),
    };
  });
}

/** The first page starts after everything. */
const START: ListPlace = { at: Number.MAX_SAFE_INTEGER, id: Number.MAX_SAFE_INTEGER };
export const FIRST_PAGE: HappenedCursor = { notesAfter: START, hellosAfter: START };
