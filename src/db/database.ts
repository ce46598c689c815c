import Dexie, { type EntityTable } from 'dexie';
import type { Nudge } from '../core/nudge';
import type { Person } from '../core/people';
import type { Settings } from '../core/settings';

export const DATABASE_NAME = 'small-hellos';

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
] as const;

export class SmallHellosDatabase extends Dexie {
  nudges!: EntityTable<Nudge, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  people!: EntityTable<Person, 'id'>;

  constructor(name = DATABASE_NAME, upTo: number = SCHEMA_VERSIONS.length) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS.slice(0, upTo)) this.version(version).stores(stores);
  }
}

export const db = new SmallHellosDatabase();
