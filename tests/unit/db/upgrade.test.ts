import Dexie from 'dexie';
import { newNudge } from '../../../src/core/nudge';
import { db, SCHEMA_VERSIONS } from '../../../src/db/database';
import { readLookingBack } from '../../../src/db/looking-back';
import { readLearning } from '../../../src/db/learning';
import { latestNudges } from '../../../src/db/nudges';
import { addPerson, listPeople } from '../../../src/db/people';
import { getSettings } from '../../../src/db/settings';
import { latestHellos, logHello } from '../../../src/db/hellos';
import { addRitual, listRituals } from '../../../src/db/rituals';

const NOW = new Date(2026, 10, 25, 9, 0).getTime();

/**
 * Every version of the schema as it was made, copied here by hand and never changed: the
 * old databases below are written with these stores, not with today's list, so a past
 * version edited in src/db/database.ts fails the first test, and every upgrade still
 * starts from what really was.
 *
 * Adding a version (7, 8, …): append it to SCHEMA_VERSIONS with its upgrade, copy its
 * stores here (with the name of its upgrade, if it has one), write the rows it adds in
 * `writeOldDatabase` under `if (version >= 7)`, and test its upgrade as version 6's is
 * tested at the end. The tests of every earlier version then run up to it by themselves.
 */
const AS_MADE = [
  { version: 1, stores: { nudges: '++id, shownAt, day, status', settings: '&key' } },
  { version: 2, stores: { people: '++id, name' } },
  { version: 3, stores: {}, upgrade: 'giveDetailsAKindAndPeopleACallName' },
  { version: 4, stores: { hellos: '++id, at, personId, ritualId', rituals: '++id, personId' } },
  { version: 5, stores: { nudges: '++id, shownAt' } },
  { version: 6, stores: { nudges: '++id, shownAt, sentAt' }, upgrade: 'giveSentNotesTheirMoment' },
  { version: 7, stores: { syncRecords: '&id', syncState: '&key' } },
  { version: 8, stores: { learning: '&key' }, upgrade: 'learnFromTheHistoryKept' },
] as const;

/** A database as the extension at `version` made it: the stores of each version up to it, as made. */
function databaseAsMade(version: number): Dexie {
  const old = new Dexie(db.name);
  for (const schema of AS_MADE.slice(0, version)) old.version(schema.version).stores(schema.stores);
  return old;
}

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

/** Hellos and rituals as version 4 stored them. */
const HELLOS_V4 = [
  { at: NOW - 86_400_000, day: '2026-11-24', personId: 1, personName: 'Jo Okafor', line: 'Coffee after work' },
  { at: NOW - 3_600_000, day: '2026-11-25', ritualId: 1, line: 'Text Dad' },
];
const RITUALS_V4 = [
  { what: 'Text Dad', weekday: 5, every: 'week', createdAt: NOW - 30 * 86_400_000, doneDay: '2026-11-20', notifiedDay: '2026-11-20' },
  { what: 'Call Jo', personId: 1, weekday: 0, every: 'two-weeks', createdAt: NOW - 20 * 86_400_000, letGoDay: '2026-11-22' },
];

/** Writes a database as an earlier version of the extension did, then closes it. */
async function writeOldDatabase(version: number): Promise<void> {
  db.close();
  await db.delete();
  const old = databaseAsMade(version);
  await old.open();
  const sent = newNudge(
    { origin: 'page', site: 'gmail', suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.' } },
    NOW,
    240,
  );
  await old.table('nudges').bulkAdd([
    { ...sent, status: 'sent', finalText: 'Thank you, truly.', sentAt: NOW + 60_000, feeling: 'lighter', genuineNote: 'It was easy.' },
    { ...sent, shownAt: NOW + 3_600_000, status: 'dismissed' },
  ]);
  await old.table('settings').put({ key: 'settings', dailyCap: 1, mutedUntil: NOW + 1000 });
  if (version >= 2) await old.table('people').bulkAdd(PEOPLE_V2);
  if (version >= 4) {
    await old.table('hellos').bulkAdd(HELLOS_V4);
    await old.table('rituals').bulkAdd(RITUALS_V4);
  }
  old.close();
}

describe('upgrading the database', () => {
  it('has a numbered, appended list of versions', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('never changes a version once made: each is as it was made, and each is copied above', () => {
    const today = SCHEMA_VERSIONS.map((schema) => ({
      version: schema.version,
      stores: schema.stores,
      ...('upgrade' in schema ? { upgrade: schema.upgrade.name } : {}),
    }));
    expect(today, 'a past version was changed, or a new one was not copied into AS_MADE in this test').toEqual(AS_MADE);
  });

  const earlier = SCHEMA_VERSIONS.slice(0, -1).map((v) => v.version);

  it.each(earlier)('keeps every row written by version %i', async (version) => {
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
    // Hellos made away from the suggestions, and rituals, work on the upgraded database.
    await logHello({ line: 'A walk' }, NOW);
    await addRitual({ what: 'Ring Grandma', weekday: 2, every: 'week' }, NOW);
    expect((await latestHellos(5)).map((hello) => hello.line)).toContain('A walk');
    expect((await listRituals()).map((ritual) => ritual.what)).toContain('Ring Grandma');
  });

  it.each(earlier.filter((version) => version < 4))('starts the hellos and rituals empty on a database from version %i', async (version) => {
    await writeOldDatabase(version);
    await db.open();
    expect(await latestHellos(5)).toEqual([]);
    expect(await listRituals()).toEqual([]);
  });

  it.each(earlier.filter((version) => version >= 4))('keeps every hello and ritual written by version %i, field for field', async (version) => {
    await writeOldDatabase(version);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.length);
    expect((await latestHellos(10)).map(({ id: _id, ...hello }) => hello)).toEqual([...HELLOS_V4].reverse());
    expect((await listRituals()).map(({ id: _id, ...ritual }) => ritual)).toEqual(RITUALS_V4);
    // Still found by the indexes they are read by.
    expect(await db.hellos.where('personId').equals(1).count()).toBe(1);
    expect(await db.hellos.where('ritualId').equals(1).count()).toBe(1);
    expect(await db.rituals.where('personId').equals(1).count()).toBe(1);
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

  it('gives a note kept as sent without its moment the moment it was counted at, so the history still finds it (version 6)', async () => {
    db.close();
    await db.delete();
    const old = databaseAsMade(5);
    await old.open();
    const shown = newNudge({ origin: 'popup', suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.' } }, NOW, 240);
    await old.table('nudges').bulkAdd([
      { ...shown, status: 'sent', finalText: 'Thank you.', updatedAt: NOW + 5_000 },
      { ...shown, status: 'sent', finalText: 'Thanks again.', sentAt: NOW + 9_000, updatedAt: NOW + 9_000 },
      { ...shown, status: 'dismissed' },
    ]);
    old.close();
    await db.open();
    const { sent } = await readLookingBack(NOW + 10_000);
    expect(sent.map((nudge) => [nudge.finalText, nudge.sentAt])).toEqual([
      ['Thanks again.', NOW + 9_000],
      ['Thank you.', NOW + 5_000],
    ]);
    expect(await db.nudges.where('sentAt').above(0).count()).toBe(2);
  });
});

describe('learning from the history kept (version 8)', () => {
  it('learns once from the cards already settled, and starts each later one from there', async () => {
    await writeOldDatabase(7);
    await db.open();
    const state = await readLearning();
    // Both cards came long ago: one written and sent, one let go.
    const outcomes = Object.values(state.receptivity.outcomes);
    expect(outcomes.reduce((sum, tally) => sum + (tally?.yes ?? 0) + (tally?.no ?? 0), 0)).toBeGreaterThan(1.5);
    expect(state.learnedThrough).toBeGreaterThan(NOW);
  });
});
