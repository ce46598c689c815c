import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Hello } from '../core/hellos';
import { withSentMoment, type Nudge } from '../core/nudge';
import type { Ritual } from '../core/rituals';
import { defaultCallName, type Memory, type Person } from '../core/people';
import { defaultSettings, type Settings } from '../core/settings';
import { learnFromHistory, type LearnedState } from '../core/learning';
import type { BaseRow } from '../core/sync/plan';
import type { SyncStateRow } from './sync-state';
import { followSyncedTables } from '../sync/feed';

export const DATABASE_NAME = 'small-hellos';

/** What was learned is one row under a fixed key (core/learning.ts); it has no part per person. */
export interface LearningRow {
  key: 'learning';
  state: LearnedState;
}

/** Settings are one row under a fixed key, so a partial update is one `put`. */
export interface SettingsRow extends Partial<Settings> {
  key: 'settings';
}

/**
 * The schema, one numbered version after another. Versions are only ever appended; a
 * version that changes the shape of stored rows carries an upgrade, and a test opens a
 * database written by every earlier version.
 */
export const SCHEMA_VERSIONS = [
  { version: 1, stores: { nudges: '++id, shownAt, day, status', settings: '&key' } },
  // People and what the user remembers of them; existing rows need no change.
  { version: 2, stores: { people: '++id, name' } },
  // Each detail has a kind, each person a name the user calls them by (no new index).
  { version: 3, stores: {}, upgrade: giveDetailsAKindAndPeopleACallName },
  // Hellos made away from the suggestions, and rituals; existing rows need no change.
  { version: 4, stores: { hellos: '++id, at, personId, ritualId', rituals: '++id, personId' } },
  // History is only ever read by time: the day and status indexes went unused, and each one
  // made every write (and a large import) slower. Rows are unchanged.
  { version: 5, stores: { nudges: '++id, shownAt' } },
  // Notes sent are read by when they were sent (the popup's weeks and history, the latest
  // feelings, the history pages). An index leaves out rows without its key, so one on
  // sentAt holds only them, and those reads no longer pass over every idea shown.
  { version: 6, stores: { nudges: '++id, shownAt, sentAt' }, upgrade: giveSentNotesTheirMoment },
  // Sync on the person's other computers: each synced record as last merged (its fields'
  // clocks, or its tombstone) with its row here, and the state of sync. Rows are unchanged.
  { version: 7, stores: { syncRecords: '&id', syncState: '&key' } },
  // What was learned of when cards are welcome and which ideas land: one row, built once
  // here from the history kept so far, then kept up to date as cards settle.
  { version: 8, stores: { learning: '&key' }, upgrade: learnFromTheHistoryKept },
] as const satisfies readonly SchemaVersion[];

interface SchemaVersion {
  readonly version: number;
  readonly stores: Record<string, string>;
  readonly upgrade?: (transaction: Transaction) => Promise<unknown>;
}

/** A person as version 2 stored them: details without a kind, no name to call them by. */
type PersonBeforeV3 = Omit<Person, 'callName' | 'memories'> & { callName?: string; memories?: Omit<Memory, 'kind'>[] };

/**
 * Version 3. Details saved before they had a kind become 'other', the neutral kind, so
 * they are only ever put in words that fit any detail until the person says what each
 * one is; nobody is guessed at. Each person is called by the first word of their name
 * until the person says otherwise.
 */
export async function giveDetailsAKindAndPeopleACallName(transaction: Transaction): Promise<void> {
  await transaction
    .table<PersonBeforeV3 & Partial<Person>>('people')
    .toCollection()
    .modify((person) => {
      person.callName = person.callName?.trim() || defaultCallName(person.name);
      person.memories = (person.memories ?? []).map((memory) => ({ kind: 'other', ...memory }));
    });
}

/**
 * Version 6. A note kept as sent without the moment it was sent (which only a file edited
 * by hand could hold) gets the moment it was counted at, so that the sentAt index finds it.
 */
export async function giveSentNotesTheirMoment(transaction: Transaction): Promise<void> {
  await transaction
    .table<Nudge>('nudges')
    .filter((nudge) => nudge.status === 'sent' && nudge.sentAt === undefined)
    .modify((nudge) => {
      nudge.sentAt = withSentMoment(nudge).sentAt;
    });
}

/**
 * Version 8. Learning starts from the history already kept (`learnFromHistory`), once;
 * from then on it is updated one settled card and one moment at a time (src/db/learning.ts).
 */
export async function learnFromTheHistoryKept(transaction: Transaction): Promise<void> {
  const nudges = await transaction.table<Nudge>('nudges').toArray();
  const settings = await transaction.table<SettingsRow>('settings').get('settings');
  const state = learnFromHistory(nudges, Date.now(), settings?.dayStartsAtMinutes ?? defaultSettings.dayStartsAtMinutes);
  await transaction.table<LearningRow>('learning').put({ key: 'learning', state });
}

export class SmallHellosDatabase extends Dexie {
  nudges!: EntityTable<Nudge, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  people!: EntityTable<Person, 'id'>;
  hellos!: EntityTable<Hello, 'id'>;
  rituals!: EntityTable<Ritual, 'id'>;
  syncRecords!: EntityTable<BaseRow, 'id'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  learning!: EntityTable<LearningRow, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const schema of SCHEMA_VERSIONS as readonly SchemaVersion[]) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}

export const db = new SmallHellosDatabase();

// Changes to people, rituals and settings reach the synced copy when sync is on (src/sync).
followSyncedTables(db);
