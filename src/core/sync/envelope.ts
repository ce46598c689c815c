/**
 * The encryption of what rides the browser's sync, with WebCrypto alone.
 *
 * - The key comes from the passphrase with PBKDF2-SHA-256 at 600,000 iterations (OWASP's
 *   count for it) and a random 16-byte salt per synced copy. Argon2id would resist
 *   guessing on graphics cards better, but in an extension page it needs WebAssembly,
 *   which the pages' policy (`script-src 'self'`) forbids.
 * - Each item is AES-256-GCM with a fresh random 12-byte nonce, and its additional data
 *   binds the copy's id, the item's name and its version: an item moved under another
 *   name, carried over from another copy, or put back from an older version is refused.
 * - The header holds what anyone may see (salt, iterations, the copy's id) and a sealed
 *   check, so a wrong passphrase is told before anything is read or written.
 */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const ACCOUNT_BYTES = 12;
export const FORMAT = 1;

export interface SyncHeader {
  readonly format: typeof FORMAT;
  readonly salt: string;
  readonly iterations: number;
  /** The synced copy's id: new each time a copy is started (or started over). */
  readonly account: string;
  readonly check: string;
}

export class RefusedItem extends Error {}

const encoder = new TextEncoder();

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/** The 32 key bytes for a passphrase and a copy's salt (slow on purpose: about half a second). */
export async function deriveKeyBytes(passphrase: string, header: Pick<SyncHeader, 'salt' | 'iterations'>): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(header.salt) as BufferSource, iterations: header.iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}

export function importKey(bytes: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

async function seal(key: CryptoKey, plain: Uint8Array, additional: string): Promise<string> {
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce as BufferSource, additionalData: encoder.encode(additional) },
    key,
    plain as BufferSource,
  );
  const out = new Uint8Array(NONCE_BYTES + sealed.byteLength);
  out.set(nonce);
  out.set(new Uint8Array(sealed), NONCE_BYTES);
  return toBase64(out);
}

async function open(key: CryptoKey, text: string, additional: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(text);
  } catch {
    throw new RefusedItem('not base64');
  }
  if (bytes.length < NONCE_BYTES + 16) throw new RefusedItem('too short');
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, NONCE_BYTES) as BufferSource, additionalData: encoder.encode(additional) },
      key,
      bytes.subarray(NONCE_BYTES) as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    throw new RefusedItem('does not open with this key here');
  }
}

const CHECK_TEXT = 'small-hellos';
const checkData = (account: string) => `small-hellos/check/${FORMAT}/${account}`;
const itemData = (account: string, name: string, version: number) => `small-hellos/item/${FORMAT}/${account}/${name}/${version}`;

/** A new synced copy's public parameters: a fresh salt and id. */
export function newCopyParameters(): Pick<SyncHeader, 'salt' | 'iterations' | 'account'> {
  return { salt: toBase64(randomBytes(SALT_BYTES)), iterations: PBKDF2_ITERATIONS, account: toBase64(randomBytes(ACCOUNT_BYTES)) };
}

export async function sealHeader(key: CryptoKey, parameters: Pick<SyncHeader, 'salt' | 'iterations' | 'account'>): Promise<SyncHeader> {
  return { format: FORMAT, ...parameters, check: await seal(key, encoder.encode(CHECK_TEXT), checkData(parameters.account)) };
}

/** Whether the key opens this copy: false for a wrong passphrase (or another copy's key). */
export async function keyOpensHeader(key: CryptoKey, header: SyncHeader): Promise<boolean> {
  try {
    return new TextDecoder().decode(await open(key, header.check, checkData(header.account))) === CHECK_TEXT;
  } catch {
    return false;
  }
}

/** The header as read from storage, or undefined when it is not one of ours. */
export function readHeader(value: unknown): SyncHeader | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const header = value as Record<string, unknown>;
  const fields = [header.salt, header.account, header.check];
  if (header.format !== FORMAT || !fields.every((field) => typeof field === 'string') || typeof header.iterations !== 'number') return undefined;
  if (!Number.isInteger(header.iterations) || header.iterations < 100_000 || header.iterations > 10_000_000) return undefined;
  return header as unknown as SyncHeader;
}

/** An item as stored: its version in the clear (bound into the seal), then the sealed bytes. */
export async function sealItem(key: CryptoKey, account: string, name: string, version: number, plain: Uint8Array): Promise<string> {
  return `${version}.${await seal(key, plain, itemData(account, name, version))}`;
}

/** An item opened and checked: refused when moved, from another copy, damaged or sealed with another key. */
export async function openItem(key: CryptoKey, account: string, name: string, stored: unknown): Promise<{ version: number; plain: Uint8Array }> {
  const match = typeof stored === 'string' ? /^(\d{1,15})\.(.+)$/s.exec(stored) : null;
  if (!match) throw new RefusedItem('not an item');
  const version = Number(match[1]);
  return { version, plain: await open(key, match[2] ?? '', itemData(account, name, version)) };
}

/** What an item of `packedBytes` bytes takes of the quota under `name`, as Chrome counts it (the name and the value's JSON). */
export function storedSize(name: string, version: number, packedBytes: number): number {
  return name.length + `"${version}."`.length + 4 * Math.ceil((NONCE_BYTES + packedBytes + 16) / 3);
}
