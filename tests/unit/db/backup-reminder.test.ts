import { NO_COPY_SAVED } from '../../../src/core/backup-reminder';
import { exportEverything, mergeBackup, readBackupFile, replaceWithBackup } from '../../../src/db/backup';
import { copyState, setCopyOfferAside } from '../../../src/db/backup-reminder';
import { db } from '../../../src/db/database';
import { logHello } from '../../../src/db/hellos';
import { getSettings, updateSettings } from '../../../src/db/settings';
import { at, seedEverything } from '../../support/sample-data';

/** When a copy was saved travels in the settings: in the copy itself, and back with it. */
const SAVED = at(25, 9);
// Two people, two details of Maya's, two notes sent and two hellos noted.
const SEEDED_ENTRIES = 8;

async function contentsOf(file: string) {
  const reading = await readBackupFile(file);
  if (!reading.ok) throw new Error(`refused: ${JSON.stringify(reading.problem)}`);
  return reading.contents;
}

const savedIn = (file: string) =>
  (JSON.parse(file) as { data: { data: { tableName: string; rows: { savedCopy?: unknown }[] }[] } }).data.data.find((table) => table.tableName === 'settings')
    ?.rows[0]?.savedCopy;

describe('a copy saved', () => {
  it('is noted with its moment and what it holds, here and in the file itself', async () => {
    await seedEverything();
    expect(await copyState()).toEqual({ copy: NO_COPY_SAVED, entries: SEEDED_ENTRIES });
    const file = await (await exportEverything(undefined, SAVED)).text();
    const copy = { at: SAVED, entries: SEEDED_ENTRIES, offerSetAsideAt: 0 };
    expect(savedIn(file)).toEqual(copy);
    expect(await copyState()).toEqual({ copy, entries: SEEDED_ENTRIES });
  });

  it('is not noted when the file could not be made', async () => {
    await seedEverything();
    vi.spyOn(db.people, 'toArray').mockRejectedValueOnce(new DOMException('The browser stopped reading.', 'UnknownError'));
    await expect(exportEverything(undefined, SAVED)).rejects.toThrow();
    expect((await getSettings()).savedCopy).toEqual(NO_COPY_SAVED);
  });

  it('is even in a file from a profile whose settings were never changed', async () => {
    await db.people.add({
      name: 'Jo Okafor',
      callName: 'Jo',
      handles: {},
      rhythm: 'weekly',
      preferredChannel: 'any',
      memories: [],
      archived: false,
      createdAt: at(1),
    });
    expect(await db.settings.count()).toBe(0);
    const file = await (await exportEverything(undefined, SAVED)).text();
    expect(savedIn(file)).toEqual({ at: SAVED, entries: 1, offerSetAsideAt: 0 });
  });

  it('comes back with the file on Replace, and stays this device’s own on Add', async () => {
    await seedEverything();
    const file = await (await exportEverything(undefined, SAVED)).text();
    await updateSettings({ savedCopy: { at: SAVED + 1000, entries: 3, offerSetAsideAt: 40 } });
    await mergeBackup(await contentsOf(file));
    expect((await getSettings()).savedCopy).toEqual({ at: SAVED + 1000, entries: 3, offerSetAsideAt: 40 });
    await replaceWithBackup(await contentsOf(file));
    expect((await getSettings()).savedCopy).toEqual({ at: SAVED, entries: SEEDED_ENTRIES, offerSetAsideAt: 0 });
  });

  it('is “never” after a file from before copies were noted', async () => {
    await seedEverything();
    const file = JSON.parse(await (await exportEverything(undefined, SAVED)).text()) as {
      data: { data: { tableName: string; rows: Record<string, unknown>[] }[] };
    };
    delete file.data.data.find((table) => table.tableName === 'settings')?.rows[0]?.savedCopy;
    await replaceWithBackup(await contentsOf(JSON.stringify(file)));
    expect((await getSettings()).savedCopy).toEqual(NO_COPY_SAVED);
  });
});

describe('“Not now” to the offer of a copy', () => {
  it('remembers how much there was, so that the offer waits until as much again is new', async () => {
    await seedEverything();
    await setCopyOfferAside();
    expect((await copyState()).copy).toEqual({ ...NO_COPY_SAVED, offerSetAsideAt: SEEDED_ENTRIES });
    await logHello({ line: 'A wave to the neighbour' }, at(26));
    expect((await copyState()).entries).toBe(SEEDED_ENTRIES + 1);
  });
});
