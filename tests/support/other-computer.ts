import { deriveKeyBytes, importKey, openItem, readHeader, sealItem } from '../../src/core/sync/envelope';
import { HEADER_NAME, isItemName } from '../../src/core/sync/layout';
import type { SyncRecord } from '../../src/core/sync/record';
import { packItem, unpackItem } from '../../src/core/sync/wire';
import type { FakeSyncArea } from './fake-sync-area';

/**
 * Another computer with the same passphrase, as far as the synced copy can tell: it reads
 * every item, changes the records as it would after its own round, and writes the items
 * back with the next version, as computer `zzzz`.
 */
export async function otherComputerWrites(
  area: FakeSyncArea,
  passphrase: string,
  change: (records: readonly SyncRecord[]) => readonly SyncRecord[],
): Promise<void> {
  const stored = await area.get(null);
  const header = readHeader(stored[HEADER_NAME]);
  if (!header) throw new Error('There is no synced copy to write to');
  const key = await importKey(await deriveKeyBytes(passphrase, header));
  const writes: Record<string, string> = {};
  for (const name of Object.keys(stored).filter(isItemName)) {
    const { version, plain } = await openItem(key, header.account, name, stored[name]);
    const { records } = await unpackItem(plain);
    writes[name] = await sealItem(key, header.account, name, version + 1, await packItem({ writer: 'zzzz', records: change(records) }));
  }
  await area.set(writes);
}

/** Every record in the copy, opened with the passphrase. */
export async function recordsIn(area: FakeSyncArea, passphrase: string): Promise<SyncRecord[]> {
  const stored = await area.get(null);
  const header = readHeader(stored[HEADER_NAME]);
  if (!header) return [];
  const key = await importKey(await deriveKeyBytes(passphrase, header));
  const records: SyncRecord[] = [];
  for (const name of Object.keys(stored).filter(isItemName))
    records.push(...(await unpackItem((await openItem(key, header.account, name, stored[name])).plain)).records);
  return records;
}
