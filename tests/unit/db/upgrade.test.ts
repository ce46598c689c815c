import { newNudge } from '../../../src/core/nudge';
import { db, SCHEMA_VERSIONS, SmallHellosDatabase } from '../../../src/db/database';
import { latestNudges } from '../../../src/db/nudges';
import { addPerson, listPeople } from '../../../src/db/people';
import { getSettings } from '../../../src/db/settings';

const NOW = new Date(2026, 10, 25, 9, 0).getTime();

/** Writes a database as an earlier version of the extension did, then closes it. */
async function writeOldDatabase(version: number): Promise<void> {
  db.close();
  await db.delete();
  const old = new SmallHellosDatabase(db.name, version);
  await old.open();
  const sent = newNudge({ origin: 'page', site: 'gmail', suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.' } }, NOW, 240);
  await old.table('nudges').bulkAdd([
    { ...sent, status: 'sent', finalText: 'Thank you, truly.', sentAt: NOW + 60_000, feeling: 'lighter', genuineNote: 'It was easy.' },
    { ...sent, shownAt: NOW + 3_600_000, status: 'dismissed' },
  ]);
  await old.table('settings').put({ key: 'settings', dailyCap: 1, mutedUntil: NOW + 1000 });
  old.close();
}

describe('upgrading the database', () => {
  it('has a numbered, appended list of versions', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it.each(SCHEMA_VERSIONS.slice(0, -1).map((v) => v.version))('keeps every row written by version %i', async (version) => {
    await writeOldDatabase(version);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.length);
    const history = await latestNudges(10);
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({ status: 'sent', finalText: 'Thank you, truly.', feeling: 'lighter', genuineNote: 'It was easy.' });
    expect(history[0]).toMatchObject({ status: 'dismissed' });
    expect(await getSettings()).toMatchObject({ dailyCap: 1, mutedUntil: NOW + 1000, cooldownMinutes: 90 });
    // The newer tables work on the upgraded database.
    await addPerson({ name: 'Maya', handles: {}, rhythm: 'weekly', preferredChannel: 'any', memories: [] }, NOW);
    expect((await listPeople()).map((p) => p.name)).toEqual(['Maya']);
  });
});
