import { emptyLearning } from '../../../src/core/learning';
import { exportEverything, mergeBackup, readBackupFile, replaceWithBackup } from '../../../src/db/backup';
import { db } from '../../../src/db/database';
import { deleteEverything } from '../../../src/db/history';
import { readLearning } from '../../../src/db/learning';
import { learnedOver, on, WEEKDAYS_OF_NOVEMBER } from '../../support/learning';
import { seedEverything } from '../../support/sample-data';

const LEARNED = { ...emptyLearning(on(28, 12)), receptivity: learnedOver(WEEKDAYS_OF_NOVEMBER, [{ kind: 'email', hour: 9, takenUp: true }]) };

type File = { data: { data: { tableName: string; rows: unknown[] }[] } };

async function exportedWithLearning(): Promise<File> {
  await seedEverything();
  await db.learning.put({ key: 'learning', state: LEARNED });
  return JSON.parse(await (await exportEverything()).text()) as File;
}

async function read(file: File) {
  return readBackupFile(JSON.stringify(file));
}

describe('what was learned, in a copy of everything', () => {
  it('is in the export and comes back with Replace', async () => {
    const file = await exportedWithLearning();
    expect(file.data.data.find((table) => table.tableName === 'learning')?.rows).toEqual([{ key: 'learning', state: LEARNED }]);
    await deleteEverything();
    const reading = await read(file);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    await replaceWithBackup(reading.contents);
    expect(await readLearning()).toEqual(LEARNED);
  });

  it('stays this device’s own on Add', async () => {
    const file = await exportedWithLearning();
    await db.learning.put({ key: 'learning', state: emptyLearning(on(29, 8)) });
    const reading = await read(file);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    await mergeBackup(reading.contents);
    expect(await readLearning()).toEqual(emptyLearning(on(29, 8)));
  });

  it.each([
    ['an extra field', (row: { state: Record<string, unknown> }) => ({ ...row, extra: 1 })],
    [
      'a count out of all bounds',
      (row: { state: typeof LEARNED }) => ({ ...row, state: { ...row.state, receptivity: { ...row.state.receptivity, days: { weekday: 1e12, weekend: 0 } } } }),
    ],
    ['another version', (row: { state: typeof LEARNED }) => ({ ...row, state: { ...row.state, version: 2 } })],
    [
      'a context that does not exist',
      (row: { state: typeof LEARNED }) => ({ ...row, state: { ...row.state, ideas: { ...row.state.ideas, kinds: { gossip: { yes: 1, no: 0 } } } } }),
    ],
  ])('refuses a file whose learned state has %s, naming the part of the file', async (_what, spoil) => {
    const file = await exportedWithLearning();
    const table = file.data.data.find((each) => each.tableName === 'learning');
    if (!table) throw new Error('no learning in the file');
    table.rows = [spoil(table.rows[0] as never)];
    const reading = await read(file);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problem).toMatchObject({ kind: 'bad-row', table: 'learning', row: 1 });
  });

  it('refuses a file with two learned states', async () => {
    const file = await exportedWithLearning();
    const table = file.data.data.find((each) => each.tableName === 'learning');
    table?.rows.push(table.rows[0]);
    const reading = await read(file);
    expect(!reading.ok && reading.problem).toMatchObject({ kind: 'bad-row', table: 'learning', row: 2 });
  });

  it('is learned from the history of a file made before learning', async () => {
    const file = await exportedWithLearning();
    file.data.data = file.data.data.filter((table) => table.tableName !== 'learning');
    const reading = await read(file);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    await replaceWithBackup(reading.contents);
    expect((await readLearning()).learnedThrough).toBeGreaterThan(0);
  });
});
