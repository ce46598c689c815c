import { later, tick } from '../core/sync/hlc';
import { planReconcile } from '../core/sync/plan';
import { latestClock, type SyncRecord } from '../core/sync/record';
import { db } from './database';
import { forgetPerson } from './forget';
import { getSettings } from './settings';
import { readSyncState } from './sync-state';

/** What one round did here. */
export interface LocalRound {
  /** Every record, merged: what the synced copy should now hold. */
  readonly records: SyncRecord[];
  /** Records from the copy that do not make a valid row here. */
  readonly refused: number;
}

export class SyncIsOff extends Error {}

/** A record's id: ten random base-36 characters. */
function newSyncId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => (byte % 36).toString(36)).join('');
}

/**
 * One round of sync on this computer's data, in one transaction: what changed here is
 * stamped, the records read from the copy are merged in, and what the merge changed is
 * written here (a forgotten person is forgotten here the same way, history and all). A
 * failure changes nothing; a sync never half-applies.
 */
export async function mergeWithLocal(remote: readonly SyncRecord[], now: number): Promise<LocalRound> {
  return db.transaction('rw', [db.people, db.rituals, db.settings, db.nudges, db.hellos, db.syncRecords, db.syncState], async () => {
    const state = await readSyncState();
    if (!state.on) throw new SyncIsOff('Sync is off on this computer');
    const seen = later(state.clock, latestClock(remote));
    const plan = planReconcile({
      base: await db.syncRecords.toArray(),
      local: { people: await db.people.toArray(), rituals: await db.rituals.toArray(), settings: await getSettings() },
      remote,
      clock: () => tick(seen, now, state.node),
      newId: newSyncId,
    });
    const rows = new Map(plan.rows.map((row) => [row.id, row]));

    for (const id of plan.people.forget) await forgetPerson(id);
    await db.people.bulkPut(plan.people.put);
    for (const { syncId, values } of plan.people.add) {
      const row = rows.get(syncId);
      if (row) row.localId = await db.people.add(values);
    }
    const personHere = (syncId: string | undefined) => {
      const row = syncId === undefined ? undefined : rows.get(syncId);
      return row?.kind === 'person' ? row.localId : undefined;
    };
    await db.rituals.bulkDelete(plan.rituals.remove);
    for (const { person, ...ritual } of plan.rituals.put) {
      // A ritual that went with a person forgotten just now stays gone.
      if (ritual.id !== undefined && (await db.rituals.get(ritual.id))) await db.rituals.put({ ...ritual, ...withPerson(personHere(person)) });
    }
    for (const { syncId, values } of plan.rituals.add) {
      const { person, ...ritual } = values;
      const row = rows.get(syncId);
      if (row) row.localId = await db.rituals.add({ ...ritual, ...withPerson(personHere(person)) });
    }
    if (plan.settings) await db.settings.put({ key: 'settings', ...plan.settings });

    await db.syncRecords.clear();
    await db.syncRecords.bulkPut(plan.rows);
    const clock = later(seen, latestClock(plan.rows.map((row) => row.record)));
    await db.syncState.put({ ...state, ...(clock ? { clock } : {}) });
    return { records: plan.rows.map((row) => row.record), refused: plan.refused };
  });
}

const withPerson = (personId: number | undefined) => (personId === undefined ? {} : { personId });
