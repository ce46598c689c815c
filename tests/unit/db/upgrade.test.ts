import { newNudge } from '../../../src/core/nudge';
import { db, SCHEMA_VERSIONS, SmallHellosDatabase } from '../../../src/db/database';
import { latestNudges } from '../../../src/db/nudges';
import { addPerson, listPeople } from '../../../src/db/people';
import { getSettings } from '../../../src/db/settings';
import { latestHellos, logHello } from '../../../src/db/hellos';
import { addRitual, listRituals } from '../../../src/db/rituals';

const NOW = new Date(2026, 10, 25, 9, 0).getTime();

/** People as version 2 stored them: details without a kind, no name to call them by. */
const PEOPLE_V2 = [
  {
    name: 'Jo Okafor',
    email: 'jo@example.com',
    handles: { x: 'jo_o' },
    rhythm: 'weekly',
    preferredChannel: 'email',
    memories: [
      { id: 'j1', text: "your dad's funeral" },
      { id: 'j2', text: 'your new job', date: '2026-09-07' },
    ],
    archived: false,
    createdAt: NOW - 1000,
    lastContactedAt: NOW - 500,
  },
  { name: 'Sam', handles: {}, rhythm: 'none', preferredChannel: 'any', memories: [], archived: true, createdAt: NOW - 900 },
];

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
  if (version >= 2) await old.table('people').bulkAdd(PEOPLE_V2);
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
    await addPerson({ name: 'Maya', callName: 'Maya', handles: {}, rhythm: 'weekly', preferredChannel: 'any', memories: [] }, NOW);
    expect((await listPeople({ includeArchived: true })).map((p) => p.name)).toContain('Maya');
    // Version 4: hellos made away from the suggestions, and rituals, start empty and work.
    expect(await latestHellos(5)).toEqual([]);
    await logHello({ line: 'A walk' }, NOW);
    await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, NOW);
    expect((await latestHellos(5)).map((hello) => hello.line)).toEqual(['A walk']);
    expect((await listRituals()).map((ritual) => ritual.what)).toEqual(['Text Dad']);
  });

  it('keeps every person from version 2, gives each detail the neutral kind and each person the first word of their name', async () => {
    await writeOldDatabase(2);
    await db.open();
    const people = await listPeople({ includeArchived: true });
    expect(people).toHaveLength(2);
    const jo = people.find((p) => p.name === 'Jo Okafor');
    expect(jo).toEqual({
      ...PEOPLE_V2[0],
      id: jo?.id,
      callName: 'Jo',
      memories: [
        { id: 'j1', text: "your dad's funeral", kind: 'other' },
        { id: 'j2', text: 'your new job', date: '2026-09-07', kind: 'other' },
      ],
    });
    const sam = people.find((p) => p.name === 'Sam');
    expect(sam).toEqual({ ...PEOPLE_V2[1], id: sam?.id, callName: 'Sam', memories: [] });
  });
});
