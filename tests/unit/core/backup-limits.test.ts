import { BACKUP_ROW_LIMITS, MAX_BACKUP_BYTES, backupCounts, readBackup, type BackupReading } from '../../../src/core/backup';
import { defaultSettings } from '../../../src/core/settings';

/**
 * The limits a file is read within, each tried at the limit and one past it: the size of
 * the text, and how many people, rituals and history entries one file may bring.
 */
const VERSION = 6;
const AT = Date.UTC(2026, 10, 25, 9);

type Rows = Partial<Record<'people' | 'nudges' | 'hellos' | 'rituals' | 'settings', unknown[]>>;

function file(rows: Rows): string {
  const data = Object.entries(rows).map(([tableName, list]) => ({ tableName, inbound: true, rows: list }));
  return JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'small-hellos', databaseVersion: VERSION, tables: [], data } });
}

const many = <T>(count: number, row: (id: number) => T): T[] => Array.from({ length: count }, (_, index) => row(index + 1));
const person = (id: number) => ({
  id,
  name: `Friend ${id}`,
  callName: 'Friend',
  handles: {},
  rhythm: 'monthly',
  preferredChannel: 'any',
  memories: [],
  archived: false,
  createdAt: AT,
});
const hello = (id: number) => ({ id, at: AT, day: '2026-11-25' });
const ritual = (id: number) => ({ id, what: 'Text Dad', weekday: 5, every: 'week', createdAt: AT });
const nudge = (id: number) => ({
  id,
  origin: 'popup',
  shownAt: AT,
  day: '2026-11-25',
  suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.' },
  status: 'shown',
  updatedAt: AT,
});

const counts = (reading: BackupReading) =>
  reading.ok
    ? {
        people: reading.contents.people.length,
        history: reading.contents.nudges.length + reading.contents.hellos.length,
        rituals: reading.contents.rituals.length,
      }
    : reading.problem;

describe('how many rows one file may bring', () => {
  it('takes 10,000 people and refuses 10,001, saying the limit', () => {
    expect(counts(readBackup(file({ people: many(10_000, person) }), VERSION))).toMatchObject({ people: 10_000 });
    expect(readBackup(file({ people: many(10_001, () => ({})) }), VERSION)).toEqual({
      ok: false,
      problem: { kind: 'too-many-rows', table: 'people', limit: 10_000 },
    });
  });

  it('takes 10,000 rituals and refuses 10,001', () => {
    expect(counts(readBackup(file({ rituals: many(10_000, ritual) }), VERSION))).toMatchObject({ rituals: 10_000 });
    expect(readBackup(file({ rituals: many(10_001, () => ({})) }), VERSION)).toEqual({
      ok: false,
      problem: { kind: 'too-many-rows', table: 'rituals', limit: 10_000 },
    });
  });

  it('takes 200,000 history entries and refuses one more, counting ideas, notes and hellos together', () => {
    expect(BACKUP_ROW_LIMITS).toEqual({ people: 10_000, rituals: 10_000, history: 200_000 });
    expect(counts(readBackup(file({ nudges: many(1, nudge), hellos: many(199_999, hello) }), VERSION))).toMatchObject({ history: 200_000 });
    const tooMany = { ok: false, problem: { kind: 'too-many-rows', table: 'nudges', limit: 200_000 } };
    // Past a limit, nothing of a row is looked at: empty rows will do.
    expect(readBackup(file({ nudges: many(1, nudge), hellos: many(200_000, () => ({})) }), VERSION)).toEqual(tooMany);
    expect(readBackup(file({ nudges: many(200_001, () => ({})) }), VERSION)).toEqual(tooMany);
  }, 60_000);

  it('reads 150,000 entries of one kind without overflowing, and refuses 150,000 people in words of the limit', () => {
    expect(counts(readBackup(file({ hellos: many(150_000, hello) }), VERSION))).toMatchObject({ history: 150_000 });
    expect(readBackup(file({ people: many(150_000, () => ({})) }), VERSION)).toMatchObject({ ok: false, problem: { kind: 'too-many-rows', table: 'people' } });
  }, 60_000);
});

describe('how large a text is read', () => {
  // The text is measured before anything else: at the limit a file is read, past it not even parsed.
  const small = file({ people: many(2, person) });

  it('reads a file exactly at the limit', () => {
    expect(counts(readBackup(small + ' '.repeat(MAX_BACKUP_BYTES - small.length), VERSION))).toMatchObject({ people: 2 });
  }, 60_000);

  it('refuses a file one character past it as too large, however the rest reads', () => {
    expect(readBackup(small + ' '.repeat(MAX_BACKUP_BYTES - small.length + 1), VERSION)).toEqual({ ok: false, problem: { kind: 'too-large' } });
  }, 60_000);
});

describe('what a file holds, told before anything is written', () => {
  it('counts as reflections the notes with a feeling told and those with only a line of what felt genuine', () => {
    const sent = (id: number, reflection: object) => ({ ...nudge(id), status: 'sent', sentAt: AT, finalText: 'Thank you.', ...reflection });
    const nudges = [sent(1, { feeling: 'lighter' }), sent(2, { genuineNote: 'Remembering her garden' }), sent(3, {}), nudge(4)];
    const reading = readBackup(file({ nudges }), VERSION);
    expect(reading.ok && backupCounts(reading.contents)).toEqual({ people: 0, history: 4, reflections: 2, settings: false });
  });

  it('takes one row of settings and refuses a second, naming it', () => {
    const settings = { key: 'settings', ...defaultSettings };
    expect(readBackup(file({ settings: [settings] }), VERSION)).toMatchObject({ ok: true });
    expect(readBackup(file({ settings: [settings, settings] }), VERSION)).toEqual({ ok: false, problem: { kind: 'duplicate-id', table: 'settings', row: 2 } });
  });
});
