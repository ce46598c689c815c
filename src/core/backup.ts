import * as v from 'valibot';
import { checkLearningRows } from './backup-learning';
import type { LearnedState } from './learning';
import type { Hello } from './hellos';
import { withSentMoment, type Nudge } from './nudge';
import type { Person } from './people';
import type { Ritual } from './rituals';
import type { Settings } from './settings';
import { checkWholeSettings } from './settings-schema';
import { upgradePerson } from './backup-legacy';
import { helloSchema, nudgeSchema, personSchema, ritualSchema } from './backup-rows';
import { forbiddenKeyIn, looksCutOff } from './backup-text';
import { withoutTypeMarks } from './backup-type-marks';

/**
 * Reading a backup: the file an export writes (dexie-export-import's format), checked whole
 * before anything is written. Every problem has a name the options page turns into plain
 * words; a file with any problem changes nothing.
 */
export const BACKUP_FORMAT = 'dexie';
export const DATABASE_NAME_IN_BACKUP = 'small-hellos';
/** A backup of 50,000 history entries is about 30 MB; far more is not one of ours. Counted in characters, never more than the bytes. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/**
 * The most one file may bring. History (ideas and notes with the hellos noted) is counted
 * together, as the person sees it: 200,000 is four times ten years of daily use.
 */
export const BACKUP_ROW_LIMITS = { people: 10_000, rituals: 10_000, history: 200_000 } as const;
/** Rows checked between two reports of how far the check got. */
const ROWS_PER_STEP = 5_000;

export type BackupTable = 'people' | 'nudges' | 'settings' | 'hellos' | 'rituals' | 'learning';

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
  /** History counts its ideas and notes (`nudges`) and the hellos noted together. */
  | { kind: 'too-many-rows'; table: 'people' | 'nudges' | 'rituals'; limit: number }
  | { kind: 'special-value'; table: BackupTable; row: number }
  /** A `$types` mark that points outside the row's own fields. */
  | { kind: 'bad-mark'; table: BackupTable; row: number }
  /** `field` is for the console, not the person: it is a path inside the row. */
  | { kind: 'bad-row'; table: BackupTable; row: number; field: string }
  | { kind: 'same-hours' }
  | { kind: 'duplicate-id'; table: BackupTable; row: number };

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
  /** What was learned of when cards are welcome; absent in a file made before learning, or with nothing learned. */
  readonly learning?: LearnedState;
}

export type BackupReading = { ok: true; contents: BackupContents } | { ok: false; problem: BackupProblem };

/** How far the check of the rows has got. */
export interface BackupCheckProgress {
  readonly checked: number;
  readonly total: number;
}

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

type Opened = { ok: true; version: number; rows: Record<BackupTable, unknown[]> } | { ok: false; problem: BackupProblem };

const fail = (problem: BackupProblem): { ok: false; problem: BackupProblem } => ({ ok: false, problem });

/** Reads the text of a backup and checks every row; `currentVersion` is the newest schema this extension knows. */
export function readBackup(source: string, currentVersion: number): BackupReading {
  const steps = checkBackup(source, currentVersion);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same check, a slice of rows at a time: it yields how far it got after every few
 * thousand rows, so that a page can show it, and returns the reading.
 */
export function* checkBackup(source: string, currentVersion: number): Generator<BackupCheckProgress, BackupReading, void> {
  const opened = openBackup(source, currentVersion);
  if (!opened.ok) return opened;
  const { version, rows } = opened;
  const tally = { checked: 0, total: rows.people.length + rows.nudges.length + rows.hellos.length + rows.rituals.length + rows.settings.length };

  const people = yield* checkRows('people', rows.people, tally, (row) => v.safeParse(personSchema, upgradePerson(row, version)));
  if (!people.ok) return people;
  const nudges = yield* checkRows('nudges', rows.nudges, tally, (row) => v.safeParse(nudgeSchema, row));
  if (!nudges.ok) return nudges;
  const hellos = yield* checkRows('hellos', rows.hellos, tally, (row) => v.safeParse(helloSchema, row));
  if (!hellos.ok) return hellos;
  const rituals = yield* checkRows('rituals', rows.rituals, tally, (row) => v.safeParse(ritualSchema, row));
  if (!rituals.ok) return rituals;
  const settings = checkSettings(rows.settings);
  if (!settings.ok) return settings;
  const learning = checkLearningRows(rows.learning);
  if (!learning.ok) return fail({ kind: 'bad-row', table: 'learning', row: learning.row, field: learning.field });
  return {
    ok: true,
    contents: {
      version,
      people: people.rows as Person[],
      nudges: (nudges.rows as Nudge[]).map(withSentMoment),
      hellos: hellos.rows as Hello[],
      rituals: rituals.rows as Ritual[],
      ...(settings.value ? { settings: settings.value } : {}),
      ...(learning.state ? { learning: learning.state } : {}),
    },
  };
}

/** The file's text read as an export of this database: its envelope checked, its rows by table, within the limits. */
function openBackup(source: string, currentVersion: number): Opened {
  if (source.length > MAX_BACKUP_BYTES) return fail({ kind: 'too-large' });
  if (!source.trim()) return fail({ kind: 'empty' });
  let parsed: unknown;
  try {
    // No reviver: called for every value, it made reading 50,000 entries several times slower.
    parsed = JSON.parse(source);
  } catch {
    return fail(looksCutOff(source) ? { kind: 'truncated' } : { kind: 'not-json' });
  }
  const forbidden = forbiddenKeyIn(parsed, rowListsIn(parsed));
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

  const rows: Record<BackupTable, unknown[]> = { people: [], nudges: [], settings: [], hellos: [], rituals: [], learning: [] };
  for (const table of data) {
    if (!isBackupTable(table.tableName)) return fail({ kind: 'unknown-table', table: table.tableName.slice(0, 60) });
    // One by one: a spread of 150,000 rows into push() overflows the stack.
    const into = rows[table.tableName];
    for (const row of table.rows) into.push(row);
  }
  if (rows.people.length > BACKUP_ROW_LIMITS.people) return fail({ kind: 'too-many-rows', table: 'people', limit: BACKUP_ROW_LIMITS.people });
  if (rows.nudges.length + rows.hellos.length > BACKUP_ROW_LIMITS.history)
    return fail({ kind: 'too-many-rows', table: 'nudges', limit: BACKUP_ROW_LIMITS.history });
  if (rows.rituals.length > BACKUP_ROW_LIMITS.rituals) return fail({ kind: 'too-many-rows', table: 'rituals', limit: BACKUP_ROW_LIMITS.rituals });
  return { ok: true, version: databaseVersion, rows };
}

/** The lists of rows in what looks like an export: each row is looked into on its own, when it is checked. */
function rowListsIn(parsed: unknown): Set<unknown> {
  const tables = typeof parsed === 'object' && parsed !== null ? (parsed as { data?: { data?: unknown } }).data?.data : undefined;
  const lists = new Set<unknown>();
  if (Array.isArray(tables))
    for (const table of tables) if (Array.isArray((table as { rows?: unknown } | null)?.rows)) lists.add((table as { rows: unknown }).rows);
  return lists;
}

function isBackupTable(name: string): name is BackupTable {
  return name === 'people' || name === 'nudges' || name === 'settings' || name === 'hellos' || name === 'rituals' || name === 'learning';
}

type RowCheck = { ok: true; row: unknown } | { ok: false; problem: BackupProblem };

/** One row made ready for its schema: no key that reaches a prototype, and its type marks read. */
function unmarked(table: BackupTable, raw: unknown, row: number): RowCheck {
  const key = forbiddenKeyIn(raw);
  if (key) return fail({ kind: 'forbidden-key', key });
  const reading = withoutTypeMarks(raw);
  return reading.ok ? reading : fail({ kind: reading.problem, table, row });
}

function* checkRows(
  table: Exclude<BackupTable, 'settings'>,
  rows: readonly unknown[],
  tally: { checked: number; readonly total: number },
  check: (row: unknown) => v.SafeParseResult<v.GenericSchema>,
): Generator<BackupCheckProgress, { ok: true; rows: unknown[] } | { ok: false; problem: BackupProblem }, void> {
  const checked: unknown[] = [];
  const ids = new Set<unknown>();
  for (let index = 0; index < rows.length; index += 1) {
    const row = unmarked(table, rows[index], index + 1);
    if (!row.ok) return row;
    const result = check(row.row);
    if (!result.success) return fail({ kind: 'bad-row', table, row: index + 1, field: v.getDotPath(result.issues[0]) ?? 'row' });
    const rowId = (result.output as { id: unknown }).id;
    if (ids.has(rowId)) return fail({ kind: 'duplicate-id', table, row: index + 1 });
    ids.add(rowId);
    checked.push(result.output);
    tally.checked += 1;
    if (tally.checked % ROWS_PER_STEP === 0) yield { checked: tally.checked, total: tally.total };
  }
  return { ok: true, rows: checked };
}

function checkSettings(rows: readonly unknown[]): { ok: true; value?: Settings } | { ok: false; problem: BackupProblem } {
  if (rows.length === 0) return { ok: true };
  if (rows.length > 1) return fail({ kind: 'duplicate-id', table: 'settings', row: 2 });
  const row = unmarked('settings', rows[0], 1);
  if (!row.ok) return row;
  if (typeof row.row !== 'object' || row.row === null) return fail({ kind: 'bad-row', table: 'settings', row: 1, field: 'row' });
  const { key, ...stored } = row.row as Record<string, unknown>;
  if (key !== 'settings') return fail({ kind: 'bad-row', table: 'settings', row: 1, field: 'key' });
  // Settings saved by an older version lack the newer fields: those take their defaults.
  const result = checkWholeSettings(stored);
  if (result.ok) return { ok: true, value: result.value };
  return fail(result.rule === 'same-hours' ? { kind: 'same-hours' } : { kind: 'bad-row', table: 'settings', row: 1, field: result.field });
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
