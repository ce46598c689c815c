import { newNodeId, type Hlc } from '../core/sync/hlc';
import { db } from './database';

/**
 * Whether sync is on here and how it went, in one row the settings page reads live. The
 * passphrase is never kept, and the key only in the browser's session storage.
 */
export type SyncProblem =
  /** On, but the browser was restarted: the passphrase is asked again. */
  | { readonly kind: 'needs-passphrase' }
  /** The synced copy was started over on another computer, with its own passphrase. */
  | { readonly kind: 'copy-replaced' }
  /** Sync was turned off on another computer (its copy removed): off here too. */
  | { readonly kind: 'copy-removed' }
  /** Nothing was written: the copy would not fit the browser's room for it. */
  | { readonly kind: 'full' }
  /** Some items could not be read: damaged, from another copy, or an older one put back. */
  | { readonly kind: 'refused'; readonly items: number }
  /** Chrome's limit on writes was reached: the next try is in a few minutes. */
  | { readonly kind: 'too-many-writes' }
  /** The browser refused its sync storage (switched off by a policy, or in Firefox's settings). */
  | { readonly kind: 'unavailable' };

export interface SyncUsage {
  readonly bytes: number;
  readonly items: number;
  readonly people: number;
  /** About how many more people would fit. */
  readonly morePeople: number;
}

export interface SyncStateRow {
  key: 'sync';
  on: boolean;
  /** This computer's id in the clocks. */
  node: string;
  /** The latest clock taken here or seen from elsewhere. */
  clock?: Hlc;
  /** The id of the synced copy this computer belongs to. */
  account?: string;
  /** The highest version read of each item: an older one put back is refused. */
  versions: Record<string, number>;
  /** Other computers, by id, and when something they wrote was last read here. */
  heardFrom: Record<string, number>;
  lastSyncedAt?: number;
  usage?: SyncUsage;
  /** Records from the copy that do not make a valid row here (a newer version wrote them). */
  refusedRecords?: number;
  problem?: SyncProblem;
}

const KEY = 'sync';

/** The state as stored, for reading (a live query may not write): off until sync was first turned on. */
export async function peekSyncState(): Promise<Pick<SyncStateRow, 'on' | 'account' | 'problem' | 'usage' | 'lastSyncedAt' | 'heardFrom'>> {
  return (await db.syncState.get(KEY)) ?? { on: false, heardFrom: {} };
}

/** The state, made (with a new id for this computer) the first time it is asked for. */
export async function readSyncState(): Promise<SyncStateRow> {
  const stored = await db.syncState.get(KEY);
  if (stored) return stored;
  return db.transaction('rw', db.syncState, async () => {
    const again = await db.syncState.get(KEY);
    if (again) return again;
    const fresh: SyncStateRow = { key: KEY, on: false, node: newNodeId(Math.random), versions: {}, heardFrom: {} };
    await db.syncState.put(fresh);
    return fresh;
  });
}

export async function updateSyncState(changes: Partial<Omit<SyncStateRow, 'key'>>): Promise<SyncStateRow> {
  return db.transaction('rw', db.syncState, async () => {
    const next = { ...(await readSyncState()), ...changes };
    // A change to undefined takes the field away (a problem solved).
    for (const [name, value] of Object.entries(changes)) if (value === undefined) delete (next as Partial<SyncStateRow>)[name as keyof SyncStateRow];
    await db.syncState.put(next);
    return next;
  });
}

/**
 * Sync starts (or stops) here: no record is known yet, so the next round takes what the
 * copy holds as it is and adds what only this computer has.
 */
export async function resetSyncState(changes: Pick<SyncStateRow, 'on'> & Partial<Pick<SyncStateRow, 'account' | 'problem'>>): Promise<void> {
  await db.transaction('rw', db.syncState, db.syncRecords, async () => {
    await db.syncRecords.clear();
    const { node, clock } = await readSyncState();
    await db.syncState.put({ key: KEY, node, ...(clock ? { clock } : {}), versions: {}, heardFrom: {}, ...changes });
  });
}
