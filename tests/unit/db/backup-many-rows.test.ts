import { learnFromHistory } from '../../../src/core/learning';
import { exportEverything, readBackupFile, replaceWithBackup, type BackupProgress } from '../../../src/db/backup';
import { db } from '../../../src/db/database';
import { deleteEverything } from '../../../src/db/history';
import { at, everything, seedEverything } from '../../support/sample-data';

type File = { data: { tables: { name: string; rowCount: number }[]; data: { tableName: string; rows: unknown[] }[] } };

/** `count` copies of a table's stored rows, taken in turn, each to be stored under a new id. */
function copiesOf<T extends { id?: number }>(rows: readonly T[], count: number, change: (row: T, index: number) => Partial<T>): T[] {
  return Array.from({ length: count }, (_, index) => {
    const { id: _id, ...row } = rows[index % rows.length] as T;
    return { ...row, ...change(row as T, index) } as T;
  });
}

/** Every row of every table an export holds, as stored now. */
async function storedTables() {
  return { ...(await everything()), learning: await db.learning.toArray() };
}

describe('an export of years of history', () => {
  it('holds every row of every table exactly as stored, through many reads and many strings of JSON, and brings them all back', async () => {
    await seedEverything();
    // More history than one read takes, and of every table more rows than one string of JSON holds.
    const seeded = await storedTables();
    await db.people.bulkAdd(copiesOf(seeded.people, 503, (person, index) => ({ name: `${person.name} ${index}` })));
    await db.nudges.bulkAdd(copiesOf(seeded.nudges, 10_517, (nudge, index) => ({ shownAt: nudge.shownAt - index * 60_000 })));
    await db.hellos.bulkAdd(copiesOf(seeded.hellos, 1_001, (hello, index) => ({ line: `${hello.line ?? 'a hello'} ${index}` })));
    await db.rituals.bulkAdd(copiesOf(seeded.rituals, 501, (ritual, index) => ({ what: `${ritual.what} ${index}` })));
    await db.learning.put({ key: 'learning', state: learnFromHistory(await db.nudges.toArray(), at(25), 240) });

    const progress: BackupProgress[] = [];
    const text = await (await exportEverything((told) => progress.push(told))).text();
    // The export notes the copy in the settings, and the file holds that too.
    const before = await storedTables();
    const file = JSON.parse(text) as File;
    expect(Object.fromEntries(file.data.data.map((table) => [table.tableName, table.rows]))).toStrictEqual(before);
    expect(Object.fromEntries(file.data.tables.map((table) => [table.name, table.rowCount]))).toEqual(
      Object.fromEntries(Object.entries(before).map(([name, rows]) => [name, rows.length])),
    );
    const entries = before.people.length + before.nudges.length + before.hellos.length + before.rituals.length + before.learning.length;
    expect(progress.at(-1)).toEqual({ done: entries, total: entries });

    await deleteEverything();
    const reading = await readBackupFile(text);
    if (!reading.ok) throw new Error(`refused: ${JSON.stringify(reading.problem)}`);
    await replaceWithBackup(reading.contents);
    expect(await storedTables()).toStrictEqual(before);
  }, 60_000);
});
