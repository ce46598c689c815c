// @vitest-environment happy-dom -- dexie-export-import reads self, as in a page
import { exportDB, importInto } from 'dexie-export-import';
import { exportEverything, readBackupFile, replaceWithBackup } from '../../../src/db/backup';
import { db, SmallHellosDatabase } from '../../../src/db/database';
import { deleteEverything } from '../../../src/db/history';
import { everything, seedEverything } from '../../support/sample-data';

/**
 * Backups are files in dexie-export-import's format. Small Hellos writes them itself, and
 * earlier versions had the library write them: each side reads what the other writes.
 */
describe('the format of a backup', () => {
  it('reads a file dexie-export-import writes, as earlier versions made them', async () => {
    await seedEverything();
    const before = await everything();
    const file = await (await exportDB(db, { skipTables: ['syncRecords', 'syncState', 'learning'] })).text();
    await deleteEverything();
    const reading = await readBackupFile(file);
    if (!reading.ok) throw new Error(`refused: ${JSON.stringify(reading.problem)}`);
    await replaceWithBackup(reading.contents);
    expect(await everything()).toEqual(before);
  });

  it('writes a file dexie-export-import reads, row for row', async () => {
    await seedEverything();
    const file = await exportEverything();
    const here = await everything();
    const copy = new SmallHellosDatabase('small-hellos-copy');
    try {
      await importInto(copy, file, { acceptNameDiff: true });
      expect({
        people: await copy.people.toArray(),
        nudges: await copy.nudges.toArray(),
        hellos: await copy.hellos.toArray(),
        rituals: await copy.rituals.toArray(),
        settings: await copy.settings.toArray(),
      }).toEqual(here);
    } finally {
      await copy.delete();
    }
  });
});
