import Dexie, { type EntityTable, type InsertType, type Table } from 'dexie';
import { learnFromHistory } from '../core/learning';
import { defaultSettings } from '../core/settings';
import {
  BACKUP_FORMAT,
  DATABASE_NAME_IN_BACKUP,
  backupCounts,
  checkBackup,
  type BackupCheckProgress,
  type BackupContents,
  type BackupReading,
} from '../core/backup';
import { hellosToAdd, nudgeKey, planMerge, relinkNudge, ritualsToAdd } from '../core/backup-merge';
import { copySaved } from '../core/backup-reminder';
import { countKeptEntries, noteCopySaved } from './backup-reminder';
import { db, SCHEMA_VERSIONS } from './database';
import { getSettings } from './settings';

/**
 * Export and import of everything: people, history (reflections included), hellos noted,
 * rituals and settings, as one JSON file in dexie-export-import's format. An import is read
 * and checked whole (core/backup.ts) before one transaction writes it: a bad file changes
 * nothing. Both tell how far they got, a slice of rows at a time.
 */
export interface BackupProgress {
  readonly done: number;
  readonly total: number;
}
type Told = (progress: BackupProgress) => void;
const untold: Told = () => undefined;

/** The one table whose row an export writes itself: the settings as they are, with the copy's own moment. */
const SETTINGS = 'settings';

/** How this computer syncs is not the person's data, and means nothing on another computer. */
const NOT_BACKED_UP: ReadonlySet<string> = new Set(['syncRecords', 'syncState']);
const backedUpTables = (): Table[] => db.tables.filter((table) => !NOT_BACKED_UP.has(table.name));

/** Rows read per chunk of an export, and written per batch of an import; progress is told after each. */
const ROWS_PER_CHUNK = 10_000;
/**
 * Rows an export turns into one string of JSON. Chromium writes a few hundred rows at a time
 * about twice as fast as thousands, and makes a file of the strings faster too (`npm run bench`).
 */
const ROWS_PER_STRING = 500;

/** A table as the file's list of tables names it: dexie-export-import's form of the schema. */
function tableEntry(table: Table, rowCount: number): { name: string; schema: string; rowCount: number } {
  return { name: table.name, schema: [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(','), rowCount };
}

/** The rows of a table after `after` (its last id), in the order of their ids, at most a chunk. */
function chunkAfter(table: Table, after: unknown): Promise<{ id: unknown }[]> {
  return (after === undefined ? table.toCollection() : table.where(':id').above(after)).limit(ROWS_PER_CHUNK).toArray();
}

/** Every row of a table in the file, a chunk at a time, each read while the one before is written. */
async function writeRows(table: Table, parts: BlobPart[], written: (count: number) => void): Promise<void> {
  let pending = chunkAfter(table, undefined);
  for (let first = true; ; first = false) {
    const rows = await pending;
    if (rows.length === 0) return;
    pending = rows.length === ROWS_PER_CHUNK ? chunkAfter(table, rows[rows.length - 1]?.id) : Promise.resolve([]);
    // A blob per chunk: it is encoded while the next chunk is read, and the text can go.
    parts.push(new Blob([first ? '' : ',', ...listItems(rows)]));
    written(rows.length);
  }
}

/** Rows as the items of a JSON list, without its brackets: a string of a few hundred rows, a comma, the next. */
function listItems(rows: readonly unknown[]): string[] {
  const items: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STRING) {
    if (start > 0) items.push(',');
    items.push(JSON.stringify(rows.slice(start, start + ROWS_PER_STRING)).slice(1, -1));
  }
  return items;
}

/**
 * Everything, as one file, read in one transaction. Rows are plain JSON (a Small Hellos row
 * holds nothing else; an import refuses any other kind of value), so JSON.stringify writes
 * them as they are. The settings in the file carry the moment of this copy and what it
 * holds, and so do this device's once the file is made.
 */
export async function exportEverything(onProgress: Told = untold, now = Date.now()): Promise<Blob> {
  const parts: BlobPart[] = [];
  const tables = backedUpTables();
  const copy = await db.transaction('r', tables, async () => {
    const counts = await Promise.all(tables.map((table) => (table.name === SETTINGS ? 1 : table.count())));
    // Progress counts the entries a person knows (people, history, rituals), not the settings row.
    const written = tally(counts.reduce((sum, count) => sum + count, 0) - 1, (progress) => Dexie.ignoreTransaction(() => onProgress(progress)));
    written(0);
    const settings = await getSettings();
    const savedCopy = copySaved(settings.savedCopy, now, await countKeptEntries());
    const entries = tables.map((table, index) => tableEntry(table, counts[index] ?? 0));
    const head = JSON.stringify({
      formatName: BACKUP_FORMAT,
      formatVersion: 1,
      data: { databaseName: DATABASE_NAME_IN_BACKUP, databaseVersion: db.verno, tables: entries, data: [] },
    });
    // Everything up to the list of the tables' rows, which follows table by table.
    parts.push(head.slice(0, head.lastIndexOf(']')));
    for (const [index, table] of tables.entries()) {
      parts.push(`${index > 0 ? ',' : ''}{"tableName":${JSON.stringify(table.name)},"inbound":true,"rows":[`);
      if (table.name === SETTINGS) {
        parts.push(JSON.stringify({ key: 'settings', ...settings, savedCopy }));
      } else await writeRows(table, parts, written);
      parts.push(']}');
    }
    parts.push(']}}');
    return savedCopy;
  });
  await noteCopySaved(copy);
  return new Blob(parts, { type: 'application/json' });
}

/** The name of an export file: the extension and the day it was made. */
export function exportFileName(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `small-hellos-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** Lets the page draw between two slices of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads and checks the text of a file, telling how many rows are checked after every slice. */
export async function readBackupFile(text: string, onProgress: (progress: BackupCheckProgress) => void = () => undefined): Promise<BackupReading> {
  const steps = checkBackup(text, SCHEMA_VERSIONS.length);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    onProgress(step.value);
    await nextTask();
  }
}

export { backupCounts };

/**
 * Adds each row, in batches, and notes the id it was given here under its id in the file
 * (`ids`), so that what points at it in the file points at it here.
 */
async function addNotingIds<T extends { id?: number }>(
  table: EntityTable<T, 'id'>,
  rows: readonly { fileId: number; row: InsertType<T, 'id'> }[],
  ids: Map<number, number>,
  written: (count: number) => void,
): Promise<void> {
  const added = await addInBatches(
    table,
    rows.map(({ row }) => row),
    written,
  );
  rows.forEach(({ fileId }, index) => {
    const id = added[index];
    if (id !== undefined) ids.set(fileId, id);
  });
}

/**
 * Adds rows in batches sent all at once (as one bulkAdd would), telling each batch as it
 * is in. Returns the new ids, in order, when asked for them.
 */
async function addInBatches<T extends { id?: number }>(
  table: EntityTable<T, 'id'>,
  rows: readonly InsertType<T, 'id'>[],
  written: (count: number) => void,
): Promise<number[]> {
  const batches: PromiseLike<number[]>[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    const batch = rows.slice(start, start + ROWS_PER_CHUNK);
    batches.push(
      table.bulkAdd(batch, { allKeys: true }).then((keys): number[] => {
        Dexie.ignoreTransaction(() => written(batch.length));
        // Every table here has numeric ids (`++id`).
        return keys as number[];
      }),
    );
  }
  return (await Promise.all(batches)).flat();
}

function tally(total: number, onProgress: Told): (count: number) => void {
  let done = 0;
  return (count) => {
    done += count;
    onProgress({ done, total });
  };
}

/**
 * Everything here is replaced by the file's contents, in one transaction; a file without
 * settings leaves the defaults, and one without what was learned (made before learning)
 * has it learned from its history, as the upgrade did.
 */
export async function replaceWithBackup(contents: BackupContents, onProgress: Told = untold): Promise<void> {
  const { people, nudges, hellos, rituals } = contents;
  const written = tally(people.length + nudges.length + hellos.length + rituals.length, onProgress);
  const learned = contents.learning ?? learnFromHistory(nudges, Date.now(), contents.settings?.dayStartsAtMinutes ?? defaultSettings.dayStartsAtMinutes);
  await db.transaction('rw', [db.people, db.nudges, db.settings, db.hellos, db.rituals, db.learning], async () => {
    await Promise.all([db.people.clear(), db.nudges.clear(), db.settings.clear(), db.hellos.clear(), db.rituals.clear()]);
    await Promise.all([
      addInBatches(db.people, people, written),
      addInBatches(db.nudges, nudges, written),
      addInBatches(db.hellos, hellos, written),
      addInBatches(db.rituals, rituals, written),
    ]);
    if (contents.settings) await db.settings.put({ key: 'settings', ...contents.settings });
    await db.learning.put({ key: 'learning', state: learned });
  });
}

/** The file's people and history join what is here (see backup-merge.ts); settings and what was learned stay. Returns what was added. */
export async function mergeBackup(contents: BackupContents, onProgress: Told = untold): Promise<{ people: number; history: number }> {
  return db.transaction('rw', [db.people, db.nudges, db.hellos, db.rituals], async () => {
    const [people, nudgeKeys] = await Promise.all([db.people.toArray(), existingNudgeKeys()]);
    const plan = planMerge(contents, { people, nudgeKeys });
    // At most this many: rituals and hellos already here are left out below.
    const written = tally(plan.people.length + plan.nudges.length + contents.rituals.length + contents.hellos.length, onProgress);
    const ids = new Map(plan.samePeople);
    await addNotingIds(db.people, plan.people, ids, written);
    await addInBatches(
      db.nudges,
      plan.nudges.map((nudge) => relinkNudge(nudge, ids)),
      written,
    );
    // Rituals and hellos made away from the suggestions join too, pointing at the same people.
    const rituals = ritualsToAdd(contents.rituals, await db.rituals.toArray(), ids);
    const ritualIds = new Map(rituals.same);
    await addNotingIds(db.rituals, rituals.add, ritualIds, written);
    const hellos = hellosToAdd(contents.hellos, await db.hellos.toArray(), ids, ritualIds);
    await addInBatches(db.hellos, hellos, written);
    return { people: plan.people.length, history: plan.nudges.length + hellos.length };
  });
}

async function existingNudgeKeys(): Promise<Set<string>> {
  const keys = new Set<string>();
  await db.nudges.each((nudge) => keys.add(nudgeKey(nudge)));
  return keys;
}
