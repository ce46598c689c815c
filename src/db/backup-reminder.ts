import { copyOfferSetAside, copySaved, keptEntries, type SavedCopy } from '../core/backup-reminder';
import { db } from './database';
import { getSettings, updateSettings } from './settings';

/**
 * What the settings say about copies saved to a file (core/backup-reminder.ts): how much a
 * copy would keep now, when the latest was saved, and the person's answer to the offer.
 */

/** People, their details, notes sent and hellos noted, as they are now. */
export async function countKeptEntries(): Promise<number> {
  return db.transaction('r', [db.people, db.nudges, db.hellos], async () => {
    // Only sent notes have a sentAt, and so only they are in its index.
    const [people, notesSent, hellos] = await Promise.all([db.people.toArray(), db.nudges.orderBy('sentAt').count(), db.hellos.count()]);
    return keptEntries(people, notesSent, hellos);
  });
}

/** The latest copy and how much a copy would keep now, read together. */
export async function copyState(): Promise<{ copy: SavedCopy; entries: number }> {
  return db.transaction('r', [db.settings, db.people, db.nudges, db.hellos], async () => ({
    copy: (await getSettings()).savedCopy,
    entries: await countKeptEntries(),
  }));
}

/** A copy was saved: its moment and what it held, keeping the person's answer to the offer. */
export async function noteCopySaved(copy: Pick<SavedCopy, 'at' | 'entries'>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await updateSettings({ savedCopy: copySaved((await getSettings()).savedCopy, copy.at, copy.entries) });
  });
}

/** "Not now": the offer waits until as much again is new. */
export async function setCopyOfferAside(): Promise<void> {
  await db.transaction('rw', [db.settings, db.people, db.nudges, db.hellos], async () => {
    const [{ savedCopy }, entries] = await Promise.all([getSettings(), countKeptEntries()]);
    await updateSettings({ savedCopy: copyOfferSetAside(savedCopy, entries) });
  });
}
