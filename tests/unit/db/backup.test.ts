import { SCHEMA_VERSIONS } from '../../../src/db/database';
import { backupCounts, exportEverything, exportFileName, mergeBackup, readBackupFile, replaceWithBackup } from '../../../src/db/backup';
import { deleteEverything } from '../../../src/db/history';
import { at, everything, seedEverything } from '../../support/sample-data';

async function exported(): Promise<string> {
  return (await exportEverything()).text();
}

function contentsOf(text: string) {
  const reading = readBackupFile(text);
  if (!reading.ok) throw new Error(`refused: ${JSON.stringify(reading.problem)}`);
  return reading.contents;
}

describe('export and import', () => {
  it('brings back exactly what was there: people, history, reflections and settings', async () => {
    await seedEverything();
    const before = await everything();
    const progress: number[] = [];
    const text = (await exportEverything((p) => progress.push(p.done))).text();
    const file = await text;
    await deleteEverything();
    expect(await everything()).toEqual({ people: [], nudges: [], hellos: [], rituals: [], settings: [] });

    const contents = contentsOf(file);
    // Three ideas and two hellos made away from them.
    expect(backupCounts(contents)).toEqual({ people: 2, history: 5, reflections: 1, settings: true });
    await replaceWithBackup(contents);
    expect(await everything()).toEqual(before);
    expect(progress.at(-1)).toBe(Object.values(before).reduce((rows, table) => rows + table.length, 0));
  });

  it('names the file for the day it was made', () => {
    expect(exportFileName(at(25))).toBe('small-hellos-2026-11-25.json');
  });

  it('merges without doubling: the same people and entries are recognised, new ones join with their links', async () => {
    await seedEverything();
    const file = await exported();
    // Importing one's own export adds nothing.
    expect(await mergeBackup(contentsOf(file))).toEqual({ people: 0, history: 0 });
    await deleteEverything();
    const { mayaId } = await seedEverything();
    const parsed = JSON.parse(file) as { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };
    const people = parsed.data.data.find((table) => table.tableName === 'people');
    const nudges = parsed.data.data.find((table) => table.tableName === 'nudges');
    people?.rows.push({ ...people.rows[0], id: 99, name: 'Sam Reyes', callName: 'Sam', email: 'sam@example.com' });
    nudges?.rows.push({ ...nudges.rows[0], id: 99, shownAt: at(24), suggestion: { templateId: 'ch_hello', prompt: 'A hello to Sam?', draft: 'Hi Sam,', personId: 99 } });
    expect(await mergeBackup(contentsOf(JSON.stringify(parsed)))).toEqual({ people: 1, history: 1 });
    const { people: after, nudges: history } = await everything();
    const sam = after.find((person) => person.name === 'Sam Reyes');
    expect(history.find((nudge) => nudge.shownAt === at(24))?.suggestion.personId).toBe(sam?.id);
    expect(after.filter((person) => person.name === 'Maya Lindqvist').map((person) => person.id)).toEqual([mayaId]);
  });
});

describe('a file that is refused changes nothing and names the problem', () => {
  let good: Record<string, unknown>;
  beforeEach(async () => {
    await seedEverything();
    good = JSON.parse(await exported()) as Record<string, unknown>;
  });

  /** The export with one change made by `edit` to a deep copy. */
  // A hostile file has no type to keep to: the edits reach anywhere in it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const variant = (edit: (file: any) => void): string => {
    const copy = structuredClone(good);
    edit(copy);
    return JSON.stringify(copy);
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const rows = (file: any, table: string) => file.data.data.find((t: { tableName: string }) => t.tableName === table).rows;

  const cases: [string, () => string, Record<string, unknown>][] = [
    ['an empty file', () => '', { kind: 'empty' }],
    ['plain text', () => 'Dear diary, today I wrote to Maya.', { kind: 'not-json' }],
    ['a file cut off halfway', () => JSON.stringify(good).slice(0, 300), { kind: 'truncated' }],
    ['JSON that is not an export', () => JSON.stringify({ people: [] }), { kind: 'not-a-backup' }],
    ['an export of another database', () => variant((f) => (f.data.databaseName = 'notes-app')), { kind: 'other-database', name: 'notes-app' }],
    ['a newer version', () => variant((f) => (f.data.databaseVersion = SCHEMA_VERSIONS.length + 1)), { kind: 'newer-version' }],
    ['a table we do not keep', () => variant((f) => f.data.data.push({ tableName: 'passwords', inbound: true, rows: [] })), { kind: 'unknown-table', table: 'passwords' }],
    ['a __proto__ key', () => JSON.stringify(good).replace('"name":"Maya Lindqvist"', '"name":"Maya Lindqvist","__proto__":{"admin":true}'), { kind: 'forbidden-key', key: '__proto__' }],
    ['a constructor key', () => variant((f) => (rows(f, 'settings')[0].constructor = 'Object')), { kind: 'forbidden-key', key: 'constructor' }],
    ['a huge name', () => variant((f) => (rows(f, 'people')[0].name = 'M'.repeat(1_000_000))), { kind: 'bad-row', table: 'people', row: 1, field: 'name' }],
    ['a huge note', () => variant((f) => (rows(f, 'nudges')[0].finalText = 'x'.repeat(100_000))), { kind: 'bad-row', table: 'nudges', row: 1, field: 'finalText' }],
    ['a wrong type', () => variant((f) => (rows(f, 'nudges')[1].shownAt = '2026-11-21')), { kind: 'bad-row', table: 'nudges', row: 2, field: 'shownAt' }],
    ['an unknown status', () => variant((f) => (rows(f, 'nudges')[0].status = 'ignored')), { kind: 'bad-row', table: 'nudges', row: 1, field: 'status' }],
    ['an unexpected field', () => variant((f) => (rows(f, 'people')[1].script = '<img onerror=alert(1)>')), { kind: 'bad-row', table: 'people', row: 2, field: 'script' }],
    ['a missing field', () => variant((f) => delete rows(f, 'people')[0].rhythm), { kind: 'bad-row', table: 'people', row: 1, field: 'rhythm' }],
    ['a date object', () => variant((f) => (rows(f, 'nudges')[0].$types = { sentAt: 'date' })), { kind: 'special-value', table: 'nudges', row: 1 }],
    ['the same id twice', () => variant((f) => rows(f, 'people').push({ ...rows(f, 'people')[0] })), { kind: 'duplicate-id', table: 'people', row: 3 }],
    ['a daily cap of 50', () => variant((f) => (rows(f, 'settings')[0].dailyCap = 50)), { kind: 'bad-row', table: 'settings', row: 1, field: 'dailyCap' }],
    ['an added site with another address', () => variant((f) => (rows(f, 'settings')[0].customSites[0].origin = 'https://evil.test')), { kind: 'bad-row', table: 'settings', row: 1 }],
  ];

  it.each(cases)('refuses %s', async (_name, make, problem) => {
    const before = await everything();
    const reading = readBackupFile(make());
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toMatchObject(problem);
    expect(await everything()).toEqual(before);
    expect(Object.prototype).not.toHaveProperty('admin');
  });

  it('accepts a file from before people had a name to call them by, giving them the first word of their name', () => {
    const old = variant((f) => {
      f.data.databaseVersion = 2;
      for (const person of rows(f, 'people')) {
        delete person.callName;
        person.memories = person.memories.map(({ kind: _kind, ...memory }: { kind: string }) => memory);
      }
    });
    const contents = contentsOf(old);
    expect(contents.people.map((person) => person.callName)).toEqual(['Maya', 'Jo']);
    expect(contents.people[0]?.memories.every((memory) => memory.kind === 'other')).toBe(true);
  });
});
