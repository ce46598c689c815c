import type { Person } from '../people';
import type { Ritual } from '../rituals';
import type { Settings } from '../settings';
import type { Hlc } from './hlc';
import { personFromFields, personToFields, type PersonValues } from './person-fields';
import { ritualFromFields, ritualToFields, SETTINGS_RECORD_ID, settingsFromFields, settingsToFields, type RitualValues } from './other-fields';
import { canonical, mergeRecord, sameJson, stampChanges, tombstone, valuesOf, type Json, type RecordKind, type SyncRecord } from './record';

/**
 * One round of sync, decided without touching anything: what changed here since the last
 * round is stamped with a new clock, the synced copy is merged in field by field, and
 * what the merge changed is written back here. The database layer carries the plan out
 * in one transaction.
 */

/** A record as this computer keeps it: the merged state, and the row it is here, if any. */
export interface BaseRow {
  readonly id: string;
  readonly kind: RecordKind;
  localId?: number;
  record: SyncRecord;
}

export interface LocalRows {
  readonly people: readonly Person[];
  readonly rituals: readonly Ritual[];
  readonly settings: Settings;
}

export interface PlanInput {
  readonly base: readonly BaseRow[];
  readonly local: LocalRows;
  /** Every record read from the synced copy (several copies of one record merge). */
  readonly remote: readonly SyncRecord[];
  /** The clock for this round's changes here, taken only if something changed. */
  readonly clock: () => Hlc;
  readonly newId: () => string;
}

export interface Plan {
  readonly rows: BaseRow[];
  readonly people: { readonly put: Person[]; readonly add: { syncId: string; values: PersonValues }[]; readonly forget: number[] };
  readonly rituals: {
    readonly put: (Omit<Ritual, 'personId'> & { person?: string })[];
    readonly add: { syncId: string; values: RitualValues }[];
    readonly remove: number[];
  };
  readonly settings?: Settings;
  /** Records from the copy that do not make a valid row here (written by a newer version, or damaged). */
  readonly refused: number;
  /** Whether anything here changed since the last round. */
  readonly changedHere: boolean;
}

const nameKey = (name: unknown) => (typeof name === 'string' ? name.trim().normalize('NFC').toLocaleLowerCase() : '');
const ritualKey = (fields: Readonly<Record<string, Json>>) => `${nameKey(fields.what)}\n${String(fields.weekday)}`;

export function planReconcile(input: PlanInput): Plan {
  const rows = new Map(input.base.map((row) => [row.id, { ...row }]));
  const remote = new Map<string, SyncRecord>();
  for (const record of input.remote) {
    const known = remote.get(record.id);
    remote.set(record.id, known ? mergeRecord(known, record) : record);
  }
  let stamp: Hlc | undefined;
  const at = () => (stamp ??= input.clock());
  /** Rows joined to a record of the copy: the copy's values are written here. */
  const joined = new Set<string>();

  /** A record only the copy has, not yet anyone's here, that a new row here is taken to be. */
  const unlinked = (kind: RecordKind, key: (fields: Readonly<Record<string, Json>>) => string, wanted: string) =>
    [...remote.values()].find(
      (record) => record.kind === kind && record.gone === undefined && !rows.get(record.id)?.localId && key(valuesOf(record)) === wanted,
    );

  function capture(kind: RecordKind, localId: number, fields: Record<string, Json>, key: (fields: Readonly<Record<string, Json>>) => string) {
    const row = [...rows.values()].find((candidate) => candidate.kind === kind && candidate.localId === localId);
    // A row is the record's only while it was made when the record was: an import that
    // replaced everything may have given its id to someone else, who is not renamed into them.
    if (row && row.record.gone === undefined && !sameJson(row.record.fields.createdAt?.value ?? null, fields.createdAt ?? null)) row.localId = undefined;
    else if (row) {
      row.record = stampChanges(row.record, fields, at);
      return row.id;
    }
    // Joining a copy that already has this person (or ritual): what the copy holds wins,
    // and what only this computer knows (a detail, an email) is added to it.
    const match = unlinked(kind, key, key(fields));
    if (match) {
      rows.set(match.id, {
        id: match.id,
        kind,
        localId,
        record: stampChanges(match, fields, at, (name) => !(name in match.fields) || match.fields[name]?.value === null),
      });
      joined.add(match.id);
      return match.id;
    }
    const id = input.newId();
    rows.set(id, { id, kind, localId, record: stampChanges({ id, kind, fields: {} }, fields, at) });
    return id;
  }

  function forgetMissing(kind: RecordKind, present: ReadonlySet<number | undefined>) {
    for (const row of rows.values()) {
      if (row.kind !== kind || row.localId === undefined || present.has(row.localId)) continue;
      row.record = tombstone(row.record, row.record.gone ?? at());
      row.localId = undefined;
    }
  }

  const personSyncIds = new Map<number, string>();
  for (const person of input.local.people) {
    if (person.id !== undefined)
      personSyncIds.set(
        person.id,
        capture('person', person.id, personToFields(person), (fields) => nameKey(fields.name)),
      );
  }
  forgetMissing('person', new Set(input.local.people.map((person) => person.id)));
  for (const ritual of input.local.rituals) {
    if (ritual.id === undefined) continue;
    const person = ritual.personId === undefined ? undefined : personSyncIds.get(ritual.personId);
    capture('ritual', ritual.id, ritualToFields({ ...ritual, ...(person ? { person } : {}) }), ritualKey);
  }
  forgetMissing('ritual', new Set(input.local.rituals.map((ritual) => ritual.id)));
  const settingsRow = rows.get(SETTINGS_RECORD_ID);
  const settingsFields = settingsToFields(input.local.settings);
  if (settingsRow) settingsRow.record = stampChanges(settingsRow.record, settingsFields, at);
  else {
    // Joining: the copy's settings win; this computer's are the copy's start only when it has none.
    const copy = remote.get(SETTINGS_RECORD_ID) ?? { id: SETTINGS_RECORD_ID, kind: 'settings' as const, fields: {} };
    joined.add(SETTINGS_RECORD_ID);
    rows.set(SETTINGS_RECORD_ID, {
      id: SETTINGS_RECORD_ID,
      kind: 'settings',
      record: stampChanges(copy, settingsFields, at, (name) => !(name in copy.fields)),
    });
  }
  const changedHere = stamp !== undefined;

  // The copy merged in; what it changed is written here.
  const captured = new Map([...rows.values()].map((row) => [row.id, canonical(row.record as unknown as Json)]));
  for (const record of remote.values()) {
    const row = rows.get(record.id);
    if (row) row.record = mergeRecord(row.record, record);
    else rows.set(record.id, { id: record.id, kind: record.kind, record });
  }
  const plan: Plan = { rows: [...rows.values()], people: { put: [], add: [], forget: [] }, rituals: { put: [], add: [], remove: [] }, refused: 0, changedHere };
  let refused = 0;
  let settings: Settings | undefined;
  const peopleHere = new Map(input.local.people.map((person) => [person.id, person]));
  const ritualsHere = new Map(input.local.rituals.map((ritual) => [ritual.id, ritual]));
  for (const row of rows.values()) {
    const changedThere = captured.get(row.id) !== canonical(row.record as unknown as Json);
    const waiting = row.kind !== 'settings' && row.localId === undefined && row.record.gone === undefined;
    if (!changedThere && !waiting && !joined.has(row.id)) continue;
    if (row.record.gone !== undefined) {
      if (row.localId !== undefined && row.kind === 'person') plan.people.forget.push(row.localId);
      if (row.localId !== undefined && row.kind === 'ritual') plan.rituals.remove.push(row.localId);
      row.localId = undefined;
      continue;
    }
    const values = valuesOf(row.record);
    if (row.kind === 'settings') {
      settings = settingsFromFields(values, input.local.settings);
    } else if (row.kind === 'person') {
      const here = row.localId === undefined ? undefined : peopleHere.get(row.localId);
      const person = personFromFields(values, here);
      if (!person) refused++;
      else if (row.localId !== undefined) plan.people.put.push({ ...person, id: row.localId });
      else plan.people.add.push({ syncId: row.id, values: person });
    } else {
      const ritual = ritualFromFields(values);
      const here = row.localId === undefined ? undefined : ritualsHere.get(row.localId);
      if (!ritual) refused++;
      else if (row.localId !== undefined)
        plan.rituals.put.push({ ...ritual, id: row.localId, ...(here?.notifiedDay ? { notifiedDay: here.notifiedDay } : {}) });
      else plan.rituals.add.push({ syncId: row.id, values: ritual });
    }
  }
  return { ...plan, refused, ...(settings ? { settings } : {}) };
}
