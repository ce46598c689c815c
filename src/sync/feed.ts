import Dexie from 'dexie';
import type { SmallHellosDatabase } from '../db/database';
import { scheduleSync } from './schedule';

/** The tables whose rows ride the synced copy. */
const SYNCED_TABLES = ['people', 'rituals', 'settings'] as const;

/**
 * Whatever writes people, rituals or settings in this context (the settings page, the
 * popup, the background), sync follows: Dexie tells every change once committed, and
 * while sync is on the sync alarm is set. Nothing has to remember to ask for it.
 */
export function followSyncedTables(database: SmallHellosDatabase): void {
  Dexie.on('storagemutated', (parts) => {
    const prefixes = SYNCED_TABLES.map((table) => `idb://${database.name}/${table}/`);
    if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) void scheduleIfOn(database);
  });
}

async function scheduleIfOn(database: SmallHellosDatabase): Promise<void> {
  try {
    if ((await database.syncState.get('sync'))?.on) await scheduleSync();
  } catch (error) {
    // A database closing (Delete everything, a test's fresh start) has nothing left to sync.
    if (error instanceof Dexie.DatabaseClosedError) return;
    console.error('Small Hellos could not plan a sync:', error);
  }
}
