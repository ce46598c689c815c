import { SYNC_LIMITS } from '../../src/core/sync/layout';
import type { KeyStore, SyncArea } from '../../src/sync/areas';
import { sessionKeyStore } from '../../src/sync/areas';

/**
 * The browser's sync storage as Chrome keeps it on one computer, with its quotas: the
 * bytes of all items (each name plus its value's JSON), of one item, the number of items,
 * and the writes a minute and an hour (a set or remove call is one). A refused call
 * changes nothing, as in Chrome. `writes` counts calls, `itemsWritten` the items they wrote,
 * `attempts` every call to set, refused or not.
 */
export class FakeSyncArea implements SyncArea {
  items = new Map<string, string>();
  writes: number[] = [];
  attempts = 0;
  itemsWritten = 0;
  now = () => Date.now();

  async get(keys: null | string | string[]): Promise<Record<string, unknown>> {
    const names = keys === null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(names.filter((name) => this.items.has(name)).map((name) => [name, JSON.parse(this.items.get(name) as string) as unknown]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.attempts++;
    const next = new Map(this.items);
    for (const [name, value] of Object.entries(items)) {
      const json = JSON.stringify(value);
      if (name.length + json.length > SYNC_LIMITS.itemBytes) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(name, json);
    }
    if (next.size > SYNC_LIMITS.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    if (bytesOf(next) > SYNC_LIMITS.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    this.countWrite();
    this.items = next;
    this.itemsWritten += Object.keys(items).length;
  }

  async remove(keys: string | string[]): Promise<void> {
    this.countWrite();
    for (const name of typeof keys === 'string' ? [keys] : keys) this.items.delete(name);
  }

  bytesInUse(): number {
    return bytesOf(this.items);
  }

  private countWrite(): void {
    const now = this.now();
    if (this.writes.filter((at) => at > now - 60_000).length >= SYNC_LIMITS.writesPerMinute)
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (this.writes.filter((at) => at > now - 3_600_000).length >= SYNC_LIMITS.writesPerHour)
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    this.writes.push(now);
  }
}

function bytesOf(items: ReadonlyMap<string, string>): number {
  return [...items].reduce((sum, [name, json]) => sum + name.length + json.length, 0);
}

/** Session storage: memory only, as the browser keeps it until it closes. */
export function fakeKeyStore(): KeyStore & { area: FakeSessionArea } {
  const area = new FakeSessionArea();
  return Object.assign(sessionKeyStore(area), { area });
}

export class FakeSessionArea implements SyncArea {
  values = new Map<string, unknown>();
  async get(keys: null | string | string[]): Promise<Record<string, unknown>> {
    const names = keys === null ? [...this.values.keys()] : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(names.filter((name) => this.values.has(name)).map((name) => [name, this.values.get(name)]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [name, value] of Object.entries(items)) this.values.set(name, structuredClone(value));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const name of typeof keys === 'string' ? [keys] : keys) this.values.delete(name);
  }
}
