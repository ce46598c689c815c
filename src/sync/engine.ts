import { openItem, readHeader, RefusedItem, sealItem, storedSize, type SyncHeader } from '../core/sync/envelope';
import { bytesInUse, HEADER_NAME, isItemName, layOut, morePeopleFit, overQuota, type Layout } from '../core/sync/layout';
import { canonical, type Json, type SyncRecord } from '../core/sync/record';
import { DamagedItem, packItem, unpackItem } from '../core/sync/wire';
import { mergeWithLocal } from '../db/sync-records';
import { readSyncState, resetSyncState, updateSyncState, type SyncProblem, type SyncStateRow } from '../db/sync-state';
import type { KeyStore, SyncArea } from './areas';

/**
 * One round of sync: read the copy from the browser's sync storage, open and check each
 * item, merge it with what is here (one transaction), and write back only the items
 * whose contents changed, in one write (the browser counts writes), if they fit.
 */

/** Rounds on this computer run one at a time, whichever page or the background starts them. */
export async function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request('small-hellos-sync', task) : task();
}

interface ReadCopy {
  readonly records: SyncRecord[];
  /** Item name → ids of the records in it, and its contents as read, to tell what changed. */
  readonly layout: Map<string, string[]>;
  readonly contents: Map<string, string>;
  readonly versions: Record<string, number>;
  readonly heardFrom: Record<string, number>;
  readonly refused: string[];
}

async function readCopy(stored: Record<string, unknown>, key: CryptoKey, header: SyncHeader, state: SyncStateRow, now: number): Promise<ReadCopy> {
  const read: ReadCopy = {
    records: [],
    layout: new Map(),
    contents: new Map(),
    versions: { ...state.versions },
    heardFrom: { ...state.heardFrom },
    refused: [],
  };
  for (const name of Object.keys(stored).filter(isItemName)) {
    try {
      const { version, plain } = await openItem(key, header.account, name, stored[name]);
      const known = state.versions[name] ?? 0;
      if (version < known) throw new RefusedItem('older than one already read here');
      const { writer, records } = await unpackItem(plain);
      read.records.push(...records);
      read.layout.set(
        name,
        records.map((record) => record.id),
      );
      read.contents.set(name, canonical(records as unknown as Json));
      read.versions[name] = version;
      if (version > known && writer !== state.node) read.heardFrom[writer] = now;
    } catch (error) {
      if (!(error instanceof RefusedItem || error instanceof DamagedItem)) throw error;
      console.error(`Small Hellos refused the synced item ${name}:`, error.message);
      read.refused.push(name);
    }
  }
  return read;
}

const measure = (node: string) => async (name: string, records: readonly SyncRecord[]) =>
  storedSize(name, 999_999, (await packItem({ writer: node, records })).length);

function usageOf(layout: Layout, headerBytes: number, records: readonly SyncRecord[]) {
  const bytes = bytesInUse(layout, headerBytes);
  const people = records.filter((record) => record.kind === 'person' && record.gone === undefined).length;
  // What a person takes, near enough: the items' bytes shared out over their records.
  const peopleBytes = (bytes * people) / Math.max(1, records.length);
  return { bytes, items: layout.items.size + 1, people, morePeople: morePeopleFit(bytes, peopleBytes, people) };
}

/** A call to the browser's sync storage; its refusal is told as a problem, not thrown. */
async function storage<T>(call: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; problem: SyncProblem }> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    console.error("Small Hellos could not use the browser's sync storage:", error);
    return { ok: false, problem: problemOf(error) };
  }
}

/** What a failed call to the sync storage means for the person. */
function problemOf(error: unknown): SyncProblem {
  const text = String(error instanceof Error ? error.message : error);
  if (/QUOTA_BYTES|quota/i.test(text) && !/WRITE_OPERATIONS/i.test(text)) return { kind: 'full' };
  if (/MAX_WRITE_OPERATIONS/i.test(text)) return { kind: 'too-many-writes' };
  return { kind: 'unavailable' };
}

/** One round, as described above. Returns the state it leaves, for the page that asked. */
export async function syncRound(area: SyncArea, keys: KeyStore, now: number): Promise<SyncStateRow> {
  return oneAtATime(async () => {
    const state = await readSyncState();
    if (!state.on || !state.account) return state;
    const key = await keys.recall(state.account);
    if (!key) return updateSyncState({ problem: { kind: 'needs-passphrase' } });
    const read = await storage(() => area.get(null));
    if (!read.ok) return updateSyncState({ problem: read.problem });
    const stored = read.value;
    const header = readHeader(stored[HEADER_NAME]);
    if (!header) {
      // Turned off on another computer: the copy is gone from the account, so off here too.
      await keys.forget();
      await resetSyncState({ on: false, problem: { kind: 'copy-removed' } });
      return readSyncState();
    }
    if (header.account !== state.account) {
      await keys.forget();
      return updateSyncState({ problem: { kind: 'copy-replaced' } });
    }
    const copy = await readCopy(stored, key, header, state, now);
    const { records, refused } = await mergeWithLocal(copy.records, now);
    const layout = await layOut(records, copy.layout, measure(state.node));
    const headerBytes = HEADER_NAME.length + JSON.stringify(header).length;
    const usage = usageOf(layout, headerBytes, records);
    if (overQuota(layout, headerBytes)) return updateSyncState({ usage, refusedRecords: refused, problem: { kind: 'full' } });

    const versions = { ...copy.versions };
    const writes: Record<string, string> = {};
    for (const [name, held] of layout.items) {
      if (copy.contents.get(name) === canonical(held as unknown as Json)) continue;
      versions[name] = (versions[name] ?? 0) + 1;
      writes[name] = await sealItem(key, header.account, name, versions[name], await packItem({ writer: state.node, records: held }));
    }
    const emptied = [...copy.layout.keys(), ...copy.refused].filter((name) => !layout.items.has(name));
    const written = await storage(async () => {
      if (Object.keys(writes).length > 0) await area.set(writes);
      if (emptied.length > 0) await area.remove(emptied);
    });
    if (!written.ok) return updateSyncState({ usage, refusedRecords: refused, problem: written.problem });
    return updateSyncState({
      versions,
      heardFrom: copy.heardFrom,
      lastSyncedAt: now,
      usage,
      refusedRecords: refused,
      problem: copy.refused.length > 0 ? { kind: 'refused', items: copy.refused.length } : undefined,
    });
  });
}
