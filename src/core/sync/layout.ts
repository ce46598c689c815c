import type { SyncRecord } from './record';

/**
 * Which item holds which record. A record stays in the item it is in, so an edit rewrites
 * one item (the browser's sync counts writes and bytes); a new record goes to the item
 * with the most room while it is under the soft limit, leaving room for the items' people
 * to grow; an item that grew past the hard limit hands its last records on.
 */
export const SYNC_LIMITS = {
  /** Chrome's and Firefox's storage.sync quotas. */
  quotaBytes: 102_400,
  itemBytes: 8_192,
  maxItems: 512,
  /** Chrome's: a set or remove call counts as one write. */
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/** What an item may take, under the browser's limit (the header and a version that grows need a little room). */
export const HARD_ITEM_BYTES = 8_000;
/** Where new records stop going into an item. */
export const SOFT_ITEM_BYTES = 6_000;

export const ITEM_PREFIX = 'i';
export const HEADER_NAME = 'h';

/** The stored size of a candidate item's records (see envelope.storedSize). */
export type Measure = (name: string, records: readonly SyncRecord[]) => Promise<number>;

export interface Layout {
  readonly items: Map<string, SyncRecord[]>;
  /** The stored size of each item, as measured. */
  readonly sizes: Map<string, number>;
}

const itemIndex = (name: string) => Number(name.slice(ITEM_PREFIX.length));

export function isItemName(name: string): boolean {
  return new RegExp(`^${ITEM_PREFIX}(0|[1-9]\\d{0,3})$`).test(name);
}

/**
 * Lays `records` out, keeping each where `previous` (item name → record ids, as stored
 * now) had it. Records in no item yet, or handed on, go where there is room.
 */
export async function layOut(records: readonly SyncRecord[], previous: ReadonlyMap<string, readonly string[]>, measure: Measure): Promise<Layout> {
  const byId = new Map(records.map((record) => [record.id, record]));
  const placed = new Set<string>();
  const items = new Map<string, SyncRecord[]>();
  const sizes = new Map<string, number>();
  const homeless: SyncRecord[] = [];

  for (const name of [...previous.keys()].filter(isItemName).sort((a, b) => itemIndex(a) - itemIndex(b))) {
    const kept: SyncRecord[] = [];
    for (const id of previous.get(name) ?? []) {
      const record = byId.get(id);
      if (record && !placed.has(id)) {
        kept.push(record);
        placed.add(id);
      }
    }
    let size = await measure(name, kept);
    while (kept.length > 1 && size > HARD_ITEM_BYTES) {
      homeless.push(kept.pop() as SyncRecord);
      size = await measure(name, kept);
    }
    if (kept.length > 0) {
      items.set(name, kept);
      sizes.set(name, size);
    }
  }
  for (const record of records) if (!placed.has(record.id)) homeless.push(record);

  // Records without an item go, as many at a time as fit under the soft limit, to the item
  // with the most room, or to a new one (found by doubling, then halving: few measures).
  const queue = homeless.sort((a, b) => (a.id < b.id ? -1 : 1));
  const full = new Set<string>();
  while (queue.length > 0) {
    const roomiest = [...sizes.entries()]
      .filter(([name, size]) => size < SOFT_ITEM_BYTES && !full.has(name))
      .sort((a, b) => a[1] - b[1] || itemIndex(a[0]) - itemIndex(b[0]))[0];
    let free = 0;
    while (items.has(`${ITEM_PREFIX}${free}`)) free++;
    const name = roomiest?.[0] ?? `${ITEM_PREFIX}${free}`;
    const held = items.get(name) ?? [];
    const sizeWith = (count: number) => measure(name, [...held, ...queue.slice(0, count)]);
    let fits = 0;
    let size = 0;
    let tooMany = queue.length + 1;
    for (let count = 1; fits < queue.length; count = Math.min(count * 2, queue.length)) {
      const measured = await sizeWith(count);
      if (measured > SOFT_ITEM_BYTES) {
        tooMany = count;
        break;
      }
      [fits, size] = [count, measured];
    }
    while (tooMany - fits > 1) {
      const middle = Math.floor((fits + tooMany) / 2);
      const measured = await sizeWith(middle);
      if (measured > SOFT_ITEM_BYTES) tooMany = middle;
      else [fits, size] = [middle, measured];
    }
    if (fits === 0 && held.length > 0) {
      full.add(name);
      continue;
    }
    if (fits === 0) {
      // One record over the soft limit by itself: alone in its item, up to the hard limit.
      fits = 1;
      size = await sizeWith(1);
    }
    items.set(name, [...held, ...queue.splice(0, fits)]);
    sizes.set(name, size);
  }
  return { items, sizes };
}

/** Bytes a layout takes of the quota, with the header. */
export function bytesInUse(layout: Layout, headerBytes: number): number {
  return [...layout.sizes.values()].reduce((sum, size) => sum + size, headerBytes);
}

/** Why a layout cannot be written, or undefined when it fits the browser's quotas. */
export function overQuota(layout: Layout, headerBytes: number): 'item-too-large' | 'full' | undefined {
  if ([...layout.sizes.values()].some((size) => size > SYNC_LIMITS.itemBytes)) return 'item-too-large';
  if (layout.items.size + 1 > SYNC_LIMITS.maxItems || bytesInUse(layout, headerBytes) > SYNC_LIMITS.quotaBytes) return 'full';
  return undefined;
}

/** About how many more people fit, from the bytes people take now (or a typical person's when none yet). */
export function morePeopleFit(usedBytes: number, peopleBytes: number, people: number): number {
  const perPerson = people > 0 ? peopleBytes / people : 600;
  return Math.max(0, Math.floor((SYNC_LIMITS.quotaBytes - usedBytes) / perPerson));
}
