import Dexie, { type EntityTable } from 'dexie';
import type { Nudge } from '../core/nudge';
import type { Settings } from '../core/settings';

export const DATABASE_NAME = 'small-hellos';

/** Settings are one row under a fixed key, so a partial update is one `put`. */
export interface SettingsRow extends Partial<Settings> {
  key: 'settings';
}

export class SmallHellosDatabase extends Dexie {
  nudges!: EntityTable<Nudge, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Versions are only ever appended, each with an upgrade when rows change shape.
    this.version(1).stores({
      nudges: '++id, shownAt, day, status',
      settings: '&key',
    });
  }
}

export const db = new SmallHellosDatabase();
