import { exportDB } from 'dexie-export-import';
import { backupCounts, readBackup, type BackupContents, type BackupReading } from '../core/backup';
import { nudgeKey, planMerge, relinkNudge } from '../core/backup-merge';
import { hellosToAdd, ritualsToAdd } from '../core/backup-companion';
import { db, SCHEMA_VERSIONS } from './database';

/**
 * Export and import of everything: people, history (reflections included) and settings,
 * as one JSON file in dexie-export-import's format. An import is read and checked whole
 * (core/backup.ts) before one transaction writes it: a bad file changes nothing.
 */
export interface ExportProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Rows are read in chunks of this many, and progress is told after each: five steps for
 * 50,000 entries, and fewer transactions and pieces of file than the library's 2,000.
 */
const ROWS_PER_CHUNK = 10_000;

/**
 * A row handed to exportDB to be written as it is. dexie-export-import passes every value
 * through Typeson to mark the types plain JSON cannot hold (dates, blobs, maps); a Small
 * Hellos row holds none (an import refuses any such mark), and that pass over 50,000 rows
 * was most of an export's time. Typeson leaves an object that is not a plain one and has
 * `toJSON` to JSON.stringify, which writes the row exactly as the file always held it.
 */
class PlainRow {
  constructor(private readonly row: unknown) {}
  toJSON(): unknown {
    return this.row;
  }
  get [Symbol.toStringTag](): string {
    return 'SmallHellosRow';
  }
}

export async function exportEverything(onProgress: (progress: ExportProgress) => void = () => undefined): Promise<Blob> {
  return exportDB(db, {
    numRowsPerChunk: ROWS_PER_CHUNK,
    prettyJson: false,
    // How this computer syncs is not the person's data, and means nothing on another computer.
    skipTables: ['syncRecords', 'syncState'],
    transform: (_table, value: unknown) => ({ value: new PlainRow(value) }),
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress({ done: completedRows, total: totalRows ?? completedRows });
      return true;
    },
  });
}

/** The name of an export file: the extension and the day it was made. */
export function exportFileName(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `small-hellos-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

export function readBackupFile(text: string): BackupReading {
  return readBackup(text, SCHEMA_VERSIONS.length);
}

export { backupCounts };

/** Everything here is replaced by the file's contents, in one transaction. */
export async function replaceWithBackup(contents: BackupContents): Promise<void> {
  await db.transaction('rw', [db.people, db.nudges, db.settings, db.hellos, db.rituals], async () => {
    await Promise.all([db.people.clear(), db.nudges.clear(), db.settings.clear(), db.hellos.clear(), db.rituals.clear()]);
    await db.people.bulkAdd(contents.people);
    await db.nudges.bulkAdd(contents.nudges);
    await db.hellos.bulkAdd(contents.hellos);
    await db.rituals.bulkAdd(contents.rituals);
    if (contents.settings) await db.settings.put({ key: 'settings', ...contents.settings });
  });
}

/** The file's people and history join what is here (see backup-merge.ts); settings stay. Returns what was added. */
export async function mergeBackup(contents: BackupContents): Promise<{ people: number; history: number }> {
  return db.transaction('rw', [db.people, db.nudges, db.hellos, db.rituals], async () => {
    const [people, nudgeKeys] = await Promise.all([db.people.toArray(), existingNudgeKeys()]);
    const plan = planMerge(contents, { people, nudgeKeys });
    const ids = new Map(plan.samePeople);
    const added = await db.people.bulkAdd(
      plan.people.map(({ person }) => person),
      { allKeys: true },
    );
    plan.people.forEach(({ fileId }, index) => {
      const id = added[index];
      if (typeof id === 'number') ids.set(fileId, id);
    });
    await db.nudges.bulkAdd(plan.nudges.map((nudge) => relinkNudge(nudge, ids)));
    // Rituals and hellos made away from the suggestions join too, pointing at the same people.
    const rituals = ritualsToAdd(contents.rituals, await db.rituals.toArray(), ids);
    const ritualIds = new Map(rituals.same);
    const addedRituals = await db.rituals.bulkAdd(
      rituals.add.map(({ ritual }) => ritual),
      { allKeys: true },
    );
    rituals.add.forEach(({ fileId }, index) => {
      const id = addedRituals[index];
      if (typeof id === 'number') ritualIds.set(fileId, id);
    });
    const hellos = hellosToAdd(contents.hellos, await db.hellos.toArray(), ids, ritualIds);
    await db.hellos.bulkAdd(hellos);
    return { people: plan.people.length, history: plan.nudges.length + hellos.length };
  });
}

async function existingNudgeKeys(): Promise<Set<string>> {
  const keys = new Set<string>();
  await db.nudges.each((nudge) => keys.add(nudgeKey(nudge)));
  return keys;
}
