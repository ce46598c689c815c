import { isHlc, type Hlc } from './hlc';
import type { Field, Json, RecordKind, SyncRecord } from './record';

/**
 * How a set of records is written into one item before it is encrypted: compact JSON
 * (each clock written once per item, fields pointing at it), then deflate, which the
 * browser has built in (CompressionStream). Reading checks every part, so a damaged or
 * foreign item is refused rather than half read.
 */
interface WireItem {
  /** The computer that wrote the item, so another can tell it has heard from it. */
  readonly w: string;
  readonly c: readonly Hlc[];
  /** [id, kind, gone clock index or -1, { field: [value, clock index] }] */
  readonly r: readonly (readonly [string, string, number, Readonly<Record<string, readonly [Json, number]>>])[];
}

const KIND_CODES: Record<RecordKind, string> = { person: 'p', ritual: 'r', settings: 's' };
const KINDS = new Map(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as RecordKind]));

export interface ItemContents {
  readonly writer: string;
  readonly records: readonly SyncRecord[];
}

export class DamagedItem extends Error {}

function toWire({ writer, records }: ItemContents): WireItem {
  const clocks: Hlc[] = [];
  const index = new Map<Hlc, number>();
  const clock = (at: Hlc) => {
    let i = index.get(at);
    if (i === undefined) {
      i = clocks.push(at) - 1;
      index.set(at, i);
    }
    return i;
  };
  const r = records.map((record) => {
    const fields: Record<string, readonly [Json, number]> = {};
    for (const [name, field] of Object.entries(record.fields)) fields[name] = [field.value, clock(field.at)];
    return [record.id, KIND_CODES[record.kind], record.gone === undefined ? -1 : clock(record.gone), fields] as const;
  });
  return { w: writer, c: clocks, r };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function fromWire(wire: unknown): ItemContents {
  if (!isObject(wire) || typeof wire.w !== 'string' || !Array.isArray(wire.c) || !Array.isArray(wire.r)) throw new DamagedItem('not an item');
  const clocks = wire.c as unknown[];
  if (!clocks.every(isHlc)) throw new DamagedItem('a clock is damaged');
  const clockAt = (i: unknown): Hlc => {
    const at = typeof i === 'number' ? clocks[i] : undefined;
    if (!isHlc(at)) throw new DamagedItem('a clock is missing');
    return at;
  };
  const records = (wire.r as unknown[]).map((entry): SyncRecord => {
    if (!Array.isArray(entry) || entry.length !== 4) throw new DamagedItem('not a record');
    const [id, code, gone, fields] = entry as unknown[];
    const kind = typeof code === 'string' ? KINDS.get(code) : undefined;
    if (typeof id !== 'string' || id.length === 0 || !kind || !isObject(fields)) throw new DamagedItem('not a record');
    const read: Record<string, Field> = {};
    for (const [name, pair] of Object.entries(fields)) {
      if (!Array.isArray(pair) || pair.length !== 2) throw new DamagedItem('not a field');
      read[name] = { value: pair[0] as Json, at: clockAt(pair[1]) };
    }
    return gone === -1 ? { id, kind, fields: read } : { id, kind, fields: {}, gone: clockAt(gone) };
  });
  return { writer: wire.w, records };
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

export async function packItem(contents: ItemContents): Promise<Uint8Array> {
  return through(new TextEncoder().encode(JSON.stringify(toWire(contents))), new CompressionStream('deflate-raw'));
}

export async function unpackItem(bytes: Uint8Array): Promise<ItemContents> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await through(bytes, new DecompressionStream('deflate-raw')));
  } catch {
    throw new DamagedItem('not compressed as expected');
  }
  try {
    return fromWire(JSON.parse(text));
  } catch (error) {
    throw error instanceof DamagedItem ? error : new DamagedItem('not JSON');
  }
}
