import { later, type Hlc } from './hlc';

/**
 * What rides the browser's sync, once decrypted: one record per person, per ritual and
 * for the settings, each a set of fields that carry the clock of their last change. Two
 * copies merge field by field, the later clock winning only for the same field (a
 * last-writer-wins register per field), so edits made offline on two computers to
 * different fields both survive. A forgotten record keeps only its tombstone, which wins
 * over every copy of it, older or concurrent: what a person forgot never comes back.
 */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

export type RecordKind = 'person' | 'ritual' | 'settings';

export interface Field {
  /** `null` when the field was cleared (an email removed, a detail taken out). */
  readonly value: Json;
  readonly at: Hlc;
}

export interface SyncRecord {
  /** A random id that names the record on every computer (local row ids differ). */
  readonly id: string;
  readonly kind: RecordKind;
  readonly fields: Readonly<Record<string, Field>>;
  /** When it was forgotten; a forgotten record has no fields. */
  readonly gone?: Hlc;
}

/** JSON with object keys sorted, so the same value reads the same on every computer. */
export function canonical(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const object = value as { readonly [key: string]: Json };
  return `{${Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(object[key] ?? null)}`)
    .join(',')}}`;
}

/** Orders two values the same way on every computer, for the (rare) tie of equal clocks. */
function valueOrder(a: Json, b: Json): number {
  const left = canonical(a);
  const right = canonical(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function laterField(a: Field | undefined, b: Field | undefined): Field | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return valueOrder(a.value, b.value) >= 0 ? a : b;
}

/** Two copies of one record merged: commutative, associative and idempotent, so every computer ends the same. */
export function mergeRecord(a: SyncRecord, b: SyncRecord): SyncRecord {
  const gone = later(a.gone, b.gone);
  if (gone !== undefined) return { id: a.id, kind: a.kind, fields: {}, gone };
  const fields: Record<string, Field> = {};
  for (const name of new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])) {
    const field = laterField(a.fields[name], b.fields[name]);
    if (field) fields[name] = field;
  }
  return { id: a.id, kind: a.kind, fields };
}

/** Every record of two sets, each merged with its other copy. */
export function mergeRecords(a: ReadonlyMap<string, SyncRecord>, b: Iterable<SyncRecord>): Map<string, SyncRecord> {
  const merged = new Map(a);
  for (const record of b) {
    const known = merged.get(record.id);
    merged.set(record.id, known ? mergeRecord(known, record) : record);
  }
  return merged;
}

/** A record's fields as plain values, cleared ones left out. */
export function valuesOf(record: SyncRecord): Record<string, Json> {
  const values: Record<string, Json> = {};
  for (const [name, field] of Object.entries(record.fields)) if (field.value !== null) values[name] = field.value;
  return values;
}

/**
 * A record brought up to date with what is here now: every field whose value differs
 * takes the clock `at()` (a field no longer here is cleared). With `only`, just the
 * fields it allows. Returns the same record when nothing changed, so callers can tell.
 */
export function stampChanges(record: SyncRecord, now: Readonly<Record<string, Json>>, at: () => Hlc, only: (name: string) => boolean = () => true): SyncRecord {
  if (record.gone !== undefined) return record;
  let changed = false;
  const fields: Record<string, Field> = { ...record.fields };
  for (const name of new Set([...Object.keys(record.fields), ...Object.keys(now)])) {
    const value = now[name] ?? null;
    const known = record.fields[name];
    if ((known ? sameJson(known.value, value) : value === null) || !only(name)) continue;
    fields[name] = { value, at: at() };
    changed = true;
  }
  return changed ? { ...record, fields } : record;
}

/** A record forgotten at `at`. */
export function tombstone(record: Pick<SyncRecord, 'id' | 'kind'>, at: Hlc): SyncRecord {
  return { id: record.id, kind: record.kind, fields: {}, gone: at };
}

export function sameJson(a: Json, b: Json): boolean {
  return canonical(a) === canonical(b);
}

/** The latest clock a set of records holds, so this computer's next clock comes after it. */
export function latestClock(records: Iterable<SyncRecord>): Hlc | undefined {
  let latest: Hlc | undefined;
  for (const record of records) {
    latest = later(latest, record.gone);
    for (const field of Object.values(record.fields)) latest = later(latest, field.at);
  }
  return latest;
}
