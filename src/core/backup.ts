import * as v from 'valibot';
import { parseBirthday } from './birthday';
import { CHANNELS } from './compose';
import { AWKWARDNESS } from './expectations';
import { helloSchema, ritualSchema } from './backup-companion';
import type { Hello } from './hellos';
import type { Ritual } from './rituals';
import { FEELINGS, MAX_NOTE_LENGTH, MAX_REFLECTION_LENGTH, withSentMoment, type Nudge, type NudgeStatus } from './nudge';
import { DETAIL_KINDS, HANDLE_SITES, LIMITS, PREFERRED_CHANNELS, RHYTHMS, type Person } from './people';
import { checkWholeSettings, siteIdSchema } from './settings-schema';
import type { Settings } from './settings';
import { day, rowId, timestamp, type Same, type Stored } from './schema-parts';

/**
 * Reading a backup: the file `exportDB` (dexie-export-import) writes, checked whole before
 * anything is written. Every problem has a name the options page turns into plain words;
 * a file with any problem changes nothing.
 */
export const BACKUP_FORMAT = 'dexie';
export const DATABASE_NAME_IN_BACKUP = 'small-hellos';
/** A backup of 50,000 history entries is about 30 MB; far more is not one of ours. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
const MAX_HISTORY_ROWS = 1_000_000;
const MAX_PEOPLE_ROWS = 10_000;

export type BackupProblem =
  | { kind: 'too-large' }
  | { kind: 'empty' }
  | { kind: 'not-json' }
  | { kind: 'truncated' }
  | { kind: 'forbidden-key'; key: string }
  | { kind: 'not-a-backup' }
  | { kind: 'other-format-version'; version: number }
  | { kind: 'other-database'; name: string }
  | { kind: 'newer-version'; version: number }
  | { kind: 'unknown-table'; table: string }
  | { kind: 'special-value'; table: BackupTable; row: number }
  /** `field` is for the console, not the person: it is a path inside the row. */
  | { kind: 'bad-row'; table: BackupTable; row: number; field: string }
  | { kind: 'same-hours' }
  | { kind: 'duplicate-id'; table: BackupTable; row: number };

export type BackupTable = 'people' | 'nudges' | 'settings' | 'hellos' | 'rituals';

/** What a valid file holds, ready to be written. */
export interface BackupContents {
  readonly version: number;
  readonly people: Person[];
  readonly nudges: Nudge[];
  /** Hellos made away from the suggestions and rituals; none in a file made before they existed. */
  readonly hellos: Hello[];
  readonly rituals: Ritual[];
  /** Absent when the file was made before anything was changed in the settings. */
  readonly settings?: Settings;
}

export type BackupReading = { ok: true; contents: BackupContents } | { ok: false; problem: BackupProblem };

const STATUSES = ['shown', 'writing', 'sent', 'dismissed', 'snoozed', 'muted'] as const satisfies readonly NudgeStatus[];
const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'] as const;
const id = rowId;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const memorySchema = v.strictObject({
  id: text(100),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.memory)),
  kind: v.picklist(DETAIL_KINDS),
  date: v.optional(day),
});

export const personSchema = v.strictObject({
  id,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.name)),
  callName: text(LIMITS.callName),
  email: v.optional(text(LIMITS.email)),
  phone: v.optional(text(LIMITS.phone)),
  birthday: v.optional(v.pipe(v.string(), v.check((value) => parseBirthday(value) !== undefined, 'not a birthday'))),
  handles: v.strictObject(Object.fromEntries(HANDLE_SITES.map((site) => [site, v.optional(text(LIMITS.handle))])) as Record<(typeof HANDLE_SITES)[number], v.OptionalSchema<v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MaxLengthAction<string, number, undefined>]>, undefined>>),
  rhythm: v.picklist(RHYTHMS),
  preferredChannel: v.picklist(PREFERRED_CHANNELS),
  memories: v.pipe(v.array(memorySchema), v.maxLength(LIMITS.memories)),
  archived: v.boolean(),
  createdAt: timestamp,
  lastContactedAt: v.optional(timestamp),
});

const suggestionSchema = v.strictObject({
  templateId: text(100),
  prompt: text(1000),
  draft: text(MAX_NOTE_LENGTH),
  personId: v.optional(id),
  personName: v.optional(text(LIMITS.name)),
  memoryId: v.optional(text(100)),
  why: v.optional(text(1000)),
  email: v.optional(text(LIMITS.email)),
  phone: v.optional(text(LIMITS.phone)),
  profileUrl: v.optional(text(600)),
  preferredChannel: v.optional(v.picklist(PREFERRED_CHANNELS)),
  subject: v.optional(text(500)),
  noPeopleYet: v.optional(v.literal(true)),
});

export const nudgeSchema = v.strictObject({
  id,
  origin: v.picklist(['page', 'popup']),
  site: v.optional(siteIdSchema),
  shownAt: timestamp,
  day,
  suggestion: suggestionSchema,
  status: v.picklist(STATUSES),
  updatedAt: timestamp,
  channel: v.optional(v.picklist(CHANNELS)),
  finalText: v.optional(text(MAX_NOTE_LENGTH)),
  sentAt: v.optional(timestamp),
  feeling: v.optional(v.picklist(FEELINGS)),
  genuineNote: v.optional(text(MAX_REFLECTION_LENGTH)),
  tried: v.optional(
    v.strictObject({ templateIds: v.pipe(v.array(text(100)), v.maxLength(50)), personIds: v.pipe(v.array(id), v.maxLength(50)) }),
  ),
  mailbox: v.optional(
    v.strictObject({
      gmailAccount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99))),
      outlookHost: v.optional(v.picklist(OUTLOOK_HOSTS)),
    }),
  ),  expectedAwkward: v.optional(v.picklist(AWKWARDNESS)),
  actualAwkward: v.optional(v.picklist(AWKWARDNESS)),
});

/** These stop compiling when Person or Nudge gains a field the schemas above do not know. */
const schemasMatchTypes: [Same<v.InferOutput<typeof personSchema>, Stored<Person>>, Same<v.InferOutput<typeof nudgeSchema>, Stored<Nudge>>] = [true, true];
void schemasMatchTypes;

const envelopeSchema = v.object({
  formatName: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(1),
  data: v.object({
    databaseName: v.string(),
    databaseVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
    tables: v.array(v.object({ name: v.string(), rowCount: v.number() })),
    data: v.array(v.object({ tableName: v.string(), rows: v.array(v.unknown()) })),
  }),
});

/** Keys that could reach an object's prototype when a careless reader copies them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first key anywhere in the parsed file that could reach a prototype, if any. JSON.parse
 * keeps "__proto__" as a plain key of its own, harmless until something copies it.
 */
function forbiddenKeyIn(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return undefined;
}

/** Reads the text of a backup file and checks every row; `currentVersion` is the newest schema this extension knows. */
export function readBackup(source: string, currentVersion: number): BackupReading {
  if (source.length > MAX_BACKUP_BYTES) return fail({ kind: 'too-large' });
  if (!source.trim()) return fail({ kind: 'empty' });
  let parsed: unknown;
  try {
    // No reviver: called for every value, it made reading 50,000 entries several times slower.
    parsed = JSON.parse(source);
  } catch {
    return fail(looksCutOff(source) ? { kind: 'truncated' } : { kind: 'not-json' });
  }
  const forbidden = forbiddenKeyIn(parsed);
  if (forbidden) return fail({ kind: 'forbidden-key', key: forbidden });
  const envelope = v.safeParse(envelopeSchema, parsed);
  if (!envelope.success) {
    const { formatName, formatVersion } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { formatName?: unknown; formatVersion?: unknown };
    const otherVersion = formatName === BACKUP_FORMAT && typeof formatVersion === 'number' && formatVersion !== 1;
    return fail(otherVersion ? { kind: 'other-format-version', version: formatVersion } : { kind: 'not-a-backup' });
  }
  const { databaseName, databaseVersion, data } = envelope.output.data;
  if (databaseName !== DATABASE_NAME_IN_BACKUP) return fail({ kind: 'other-database', name: databaseName.slice(0, 60) });
  if (databaseVersion > currentVersion) return fail({ kind: 'newer-version', version: databaseVersion });

  const rows: Record<BackupTable, unknown[]> = { people: [], nudges: [], settings: [], hellos: [], rituals: [] };
  for (const table of data) {
    if (!isBackupTable(table.tableName)) return fail({ kind: 'unknown-table', table: table.tableName.slice(0, 60) });
    rows[table.tableName].push(...table.rows);
  }
  if (rows.people.length > MAX_PEOPLE_ROWS) return fail({ kind: 'too-large' });
  if (rows.nudges.length > MAX_HISTORY_ROWS || rows.hellos.length > MAX_HISTORY_ROWS) return fail({ kind: 'too-large' });
  if (rows.rituals.length > MAX_PEOPLE_ROWS) return fail({ kind: 'too-large' });

  const people = checkRows('people', rows.people, (row) => v.safeParse(personSchema, upgradePerson(row, databaseVersion)));
  if (!people.ok) return people;
  const nudges = checkRows('nudges', rows.nudges, (row) => v.safeParse(nudgeSchema, row));
  if (!nudges.ok) return nudges;
  const hellos = checkRows('hellos', rows.hellos, (row) => v.safeParse(helloSchema, row));
  if (!hellos.ok) return hellos;
  const rituals = checkRows('rituals', rows.rituals, (row) => v.safeParse(ritualSchema, row));
  if (!rituals.ok) return rituals;
  const settings = checkSettings(rows.settings);
  if (!settings.ok) return settings;
  return {
    ok: true,
    contents: {
      version: databaseVersion,
      people: people.rows as Person[],
      nudges: (nudges.rows as Nudge[]).map(withSentMoment),
      hellos: hellos.rows as Hello[],
      rituals: rituals.rows as Ritual[],
      ...(settings.value ? { settings: settings.value } : {}),
    },
  };
}

function fail(problem: BackupProblem): BackupReading {
  return { ok: false, problem };
}

/**
 * JSON that ends inside a string, an object or an array was cut off (a download that did
 * not finish), wherever the cut fell: after a `}` of an inner object too.
 */
function looksCutOff(source: string): boolean {
  if (!/^\s*[{[]/.test(source)) return false;
  let depth = 0;
  let inString = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

function isBackupTable(name: string): name is BackupTable {
  return name === 'people' || name === 'nudges' || name === 'settings' || name === 'hellos' || name === 'rituals';
}

type RowsCheck = { ok: true; rows: unknown[] } | { ok: false; problem: BackupProblem };

function checkRows(table: Exclude<BackupTable, 'settings'>, rows: readonly unknown[], check: (row: unknown) => v.SafeParseResult<v.GenericSchema>): RowsCheck {
  const checked: unknown[] = [];
  const ids = new Set<unknown>();
  for (const [index, raw] of rows.entries()) {
    const row = withoutTypeMarks(raw);
    if (row === undefined) return { ok: false, problem: { kind: 'special-value', table, row: index + 1 } };
    const result = check(row);
    if (!result.success) return { ok: false, problem: { kind: 'bad-row', table, row: index + 1, field: v.getDotPath(result.issues[0]) ?? 'row' } };
    const rowId = (result.output as { id: unknown }).id;
    if (ids.has(rowId)) return { ok: false, problem: { kind: 'duplicate-id', table, row: index + 1 } };
    ids.add(rowId);
    checked.push(result.output);
  }
  return { ok: true, rows: checked };
}

function checkSettings(rows: readonly unknown[]): { ok: true; value?: Settings } | { ok: false; problem: BackupProblem } {
  if (rows.length === 0) return { ok: true };
  if (rows.length > 1) return { ok: false, problem: { kind: 'duplicate-id', table: 'settings', row: 2 } };
  const row = withoutTypeMarks(rows[0]);
  if (row === undefined) return { ok: false, problem: { kind: 'special-value', table: 'settings', row: 1 } };
  if (typeof row !== 'object' || row === null) return { ok: false, problem: { kind: 'bad-row', table: 'settings', row: 1, field: 'row' } };
  const { key, ...stored } = row as Record<string, unknown>;
  if (key !== 'settings') return { ok: false, problem: { kind: 'bad-row', table: 'settings', row: 1, field: 'key' } };
  // Settings saved by an older version lack the newer fields: those take their defaults.
  const result = checkWholeSettings(stored);
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, problem: result.rule === 'same-hours' ? { kind: 'same-hours' } : { kind: 'bad-row', table: 'settings', row: 1, field: result.field } };
}

/**
 * dexie-export-import marks values plain JSON cannot hold in a row's `$types`. Ours are
 * plain, so only two marks can appear: a value that was `undefined` (dropped here, as
 * if it had never been set) and an array (kept as it is). Any other mark — a date, a
 * blob, a map — means the file was not made by Small Hellos: nothing is returned.
 */
function withoutTypeMarks(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || !('$types' in row)) return row;
  const { $types: marks, ...rest } = row as { $types: unknown };
  if (typeof marks !== 'object' || marks === null) return undefined;
  for (const [path, mark] of Object.entries(marks)) {
    if (mark === 'arrayNonindexKeys') continue;
    if (mark !== 'undef') return undefined;
    const keys = path.split('.').map((part) => part.replace(/~1/g, '.').replace(/~0/g, '~'));
    const last = keys.pop();
    let parent: unknown = rest;
    for (const key of keys) parent = typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[key] : undefined;
    if (last === undefined || typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, last)) return undefined;
    delete (parent as Record<string, unknown>)[last];
  }
  return rest;
}

/** A person saved before version 3 had no name to call them by and details without a kind. */
function upgradePerson(row: unknown, version: number): unknown {
  if (version >= 3 || typeof row !== 'object' || row === null) return row;
  const person = row as { name?: unknown; callName?: unknown; memories?: unknown };
  const name = typeof person.name === 'string' ? person.name : '';
  return {
    ...person,
    callName: typeof person.callName === 'string' && person.callName.trim() ? person.callName : (name.trim().split(/\s+/u)[0] ?? ''),
    memories: Array.isArray(person.memories)
      ? person.memories.map((memory: unknown) => (typeof memory === 'object' && memory !== null ? { kind: 'other', ...memory } : memory))
      : person.memories,
  };
}

/** How much a file holds, to show before anything is written. */
export function backupCounts(contents: BackupContents): { people: number; history: number; reflections: number; settings: boolean } {
  return {
    people: contents.people.length,
    history: contents.nudges.length + contents.hellos.length,
    reflections: contents.nudges.filter((nudge) => nudge.feeling !== undefined || nudge.genuineNote !== undefined).length,
    settings: contents.settings !== undefined,
  };
}
