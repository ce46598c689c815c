import { defaultSettings } from '../../../src/core/settings';
import { backupCounts, exportEverything, exportFileName, mergeBackup, readBackupFile, replaceWithBackup, type BackupProgress } from '../../../src/db/backup';
import { db } from '../../../src/db/database';
import { deleteEverything } from '../../../src/db/history';
import { getSettings, updateSettings } from '../../../src/db/settings';
import { at, everything, seedEverything } from '../../support/sample-data';

async function exported(): Promise<string> {
  return (await exportEverything()).text();
}

async function contentsOf(text: string) {
  const reading = await readBackupFile(text);
  if (!reading.ok) throw new Error(`refused: ${JSON.stringify(reading.problem)}`);
  return reading.contents;
}

describe('export and import', () => {
  it('brings back exactly what was there: people, history, reflections and settings', async () => {
    await seedEverything();
    const progress: number[] = [];
    const file = await (await exportEverything((p) => progress.push(p.done))).text();
    // The export notes the copy in the settings, and the file holds that too.
    const before = await everything();
    await deleteEverything();
    expect(await everything()).toEqual({ people: [], nudges: [], hellos: [], rituals: [], settings: [] });

    const contents = await contentsOf(file);
    // Three ideas and two hellos made away from them.
    expect(backupCounts(contents)).toEqual({ people: 2, history: 5, reflections: 1, settings: true });
    const written: BackupProgress[] = [];
    await replaceWithBackup(contents, (p) => written.push(p));
    expect(await everything()).toEqual(before);
    // Told from the start to every entry: people, history, hellos and rituals.
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(before.people.length + before.nudges.length + before.hellos.length + before.rituals.length);
    // Told table by table as each is in, up to every person, entry, hello and ritual.
    expect(written.map((p) => p.done)).toEqual([...written.map((p) => p.done)].sort((a, b) => a - b));
    expect(written.at(-1)).toEqual({ done: 8, total: 8 });
  });

  it('replaces with the defaults what the file holds no settings for, as the page promises', async () => {
    await seedEverything();
    const file = JSON.parse(await exported()) as { data: { data: { tableName: string; rows: unknown[] }[] } };
    file.data.data.find((table) => table.tableName === 'settings')?.rows.splice(0);
    const contents = await contentsOf(JSON.stringify(file));
    expect(backupCounts(contents).settings).toBe(false);
    await updateSettings({ dailyCap: 5, keepHistory: 'year' });

    await replaceWithBackup(contents);
    expect(await getSettings()).toEqual(defaultSettings);
    expect((await everything()).people).toHaveLength(2);
  });

  it('leaves everything as it was when replacing fails halfway', async () => {
    await seedEverything();
    const contents = await contentsOf(await exported());
    await db.people.update(1, { name: 'Maya L.' });
    const before = await everything();
    const failing = vi.spyOn(db.rituals, 'bulkAdd').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await expect(replaceWithBackup(contents)).rejects.toThrow();
    failing.mockRestore();
    expect(await everything()).toEqual(before);
  });

  it('writes each row as plain JSON, exactly as stored, in dexie-export-import’s format', async () => {
    await seedEverything();
    const file = JSON.parse(await exported()) as { formatName: string; data: { data: { tableName: string; rows: unknown[] }[] } };
    expect(file.formatName).toBe('dexie');
    const rows = Object.fromEntries(file.data.data.map((table) => [table.tableName, table.rows]));
    // No type marks: a Small Hellos row holds nothing plain JSON cannot.
    expect(JSON.stringify(file)).not.toContain('$types');
    const here = await everything();
    expect(rows).toEqual({ people: here.people, nudges: here.nudges, hellos: here.hellos, rituals: here.rituals, settings: here.settings, learning: [] });
  });

  it('names the file for the day it was made', () => {
    expect(exportFileName(at(25))).toBe('small-hellos-2026-11-25.json');
  });

  it('merges without doubling: the same people and entries are recognised, new ones join with their links', async () => {
    await seedEverything();
    const file = await exported();
    // Importing one's own export adds nothing.
    expect(await mergeBackup(await contentsOf(file))).toEqual({ people: 0, history: 0 });
    await deleteEverything();
    const { mayaId } = await seedEverything();
    const parsed = JSON.parse(file) as { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };
    const people = parsed.data.data.find((table) => table.tableName === 'people');
    const nudges = parsed.data.data.find((table) => table.tableName === 'nudges');
    people?.rows.push({ ...people.rows[0], id: 99, name: 'Sam Reyes', callName: 'Sam', email: 'sam@example.com' });
    nudges?.rows.push({
      ...nudges.rows[0],
      id: 99,
      shownAt: at(24),
      suggestion: { templateId: 'ch_hello', prompt: 'A hello to Sam?', draft: 'Hi Sam,', personId: 99 },
    });
    expect(await mergeBackup(await contentsOf(JSON.stringify(parsed)))).toEqual({ people: 1, history: 1 });
    const { people: after, nudges: history } = await everything();
    const sam = after.find((person) => person.name === 'Sam Reyes');
    expect(history.find((nudge) => nudge.shownAt === at(24))?.suggestion.personId).toBe(sam?.id);
    expect(after.filter((person) => person.name === 'Maya Lindqvist').map((person) => person.id)).toEqual([mayaId]);
  });
});

describe('merging hellos', () => {
  it('counts a hello the file brings among the history it added', async () => {
    await seedEverything();
    const parsed = JSON.parse(await exported()) as { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };
    parsed.data.data.find((table) => table.tableName === 'hellos')?.rows.push({ id: 99, at: at(24), day: '2026-11-24', line: 'a walk with Sam' });
    expect(await mergeBackup(await contentsOf(JSON.stringify(parsed)))).toEqual({ people: 0, history: 1 });
    expect((await everything()).hellos.map((hello) => hello.line)).toContain('a walk with Sam');
  });
});

describe('a file from an older version', () => {
  let good: Record<string, unknown>;
  beforeEach(async () => {
    await seedEverything();
    good = JSON.parse(await exported()) as Record<string, unknown>;
  });

  // A file has no type to keep to: the edits reach anywhere in it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const variant = (edit: (file: any) => void): string => {
    const copy = structuredClone(good);
    edit(copy);
    return JSON.stringify(copy);
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const rows = (file: any, table: string) => file.data.data.find((t: { tableName: string }) => t.tableName === table).rows;

  it('accepts a file from before people had a name to call them by, giving them the first word of their name', async () => {
    const old = variant((f) => {
      f.data.databaseVersion = 2;
      for (const person of rows(f, 'people')) {
        delete person.callName;
        person.memories = person.memories.map(({ kind: _kind, ...memory }: { kind: string }) => memory);
      }
    });
    const contents = await contentsOf(old);
    expect(contents.people.map((person) => person.callName)).toEqual(['Maya', 'Jo']);
    expect(contents.people[0]?.memories.every((memory) => memory.kind === 'other')).toBe(true);
  });
});
