/**
 * The encrypted envelope: what is sealed opens again with the same passphrase, and
 * anything else (a wrong passphrase, a flipped byte, an item moved to another name, put
 * back from an older version or carried over from another copy) is refused.
 */
import {
  deriveKeyBytes,
  importKey,
  keyOpensHeader,
  newCopyParameters,
  openItem,
  PBKDF2_ITERATIONS,
  readHeader,
  RefusedItem,
  sealHeader,
  sealItem,
} from '../../../../src/core/sync/envelope';
import type { SyncRecord } from '../../../../src/core/sync/record';
import { packItem, unpackItem } from '../../../../src/core/sync/wire';

/** Fewer iterations than a real copy, so the tests stay quick; one test checks the real count. */
const parameters = { ...newCopyParameters(), iterations: 1_000 };
const jo: SyncRecord = {
  id: 'k3j9xq2a01',
  kind: 'person',
  fields: {
    name: { value: 'Jo Okafor', at: '0lz8k3a0000aaaa' },
    'm:1x2y3z': { value: ['your sister’s wedding', 'coming-up', '2026-12-12'], at: '0lz8k3a0000aaaa' },
  },
};

let key: CryptoKey;
beforeAll(async () => {
  key = await importKey(await deriveKeyBytes('walnut harbour lantern', parameters));
});

async function sealed(name = 'i0', version = 1, account = parameters.account): Promise<string> {
  return sealItem(key, account, name, version, await packItem({ writer: 'aaaa', records: [jo] }));
}

describe('the sync envelope', () => {
  it('opens what it sealed, records and all', async () => {
    const { version, plain } = await openItem(key, parameters.account, 'i0', await sealed('i0', 4));
    expect(version).toBe(4);
    expect(await unpackItem(plain)).toEqual({ writer: 'aaaa', records: [jo] });
  });

  it('seals the same item differently each time (a fresh nonce), and shows no word of it', async () => {
    const [first, second] = [await sealed(), await sealed()];
    expect(first).not.toBe(second);
    // Words long enough that random ciphertext cannot hold them by chance (a two-letter call
    // name like Jo turns up in about one sealed item in fifteen).
    expect(first).not.toMatch(/Okafor|wedding/);
  });

  it('tells a wrong passphrase by the header, and refuses its key for every item', async () => {
    const header = await sealHeader(key, parameters);
    const wrong = await importKey(await deriveKeyBytes('walnut harbour lanterns', parameters));
    expect(await keyOpensHeader(key, header)).toBe(true);
    expect(await keyOpensHeader(wrong, header)).toBe(false);
    await expect(openItem(wrong, parameters.account, 'i0', await sealed())).rejects.toThrow(RefusedItem);
  });

  it('refuses an item with any one byte flipped', async () => {
    const stored = await sealed();
    const [version, body] = stored.split('.') as [string, string];
    const bytes = Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
    for (const at of [0, 11, 12, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const flipped = bytes.slice();
      flipped[at] = (flipped[at] ?? 0) ^ 0x01;
      await expect(openItem(key, parameters.account, 'i0', `${version}.${btoa(String.fromCharCode(...flipped))}`)).rejects.toThrow(RefusedItem);
    }
  });

  it('refuses an item moved under another name, given another version, or carried over from another copy', async () => {
    const stored = await sealed('i0', 3);
    await expect(openItem(key, parameters.account, 'i1', stored)).rejects.toThrow(RefusedItem);
    await expect(openItem(key, parameters.account, 'i0', stored.replace(/^3\./, '4.'))).rejects.toThrow(RefusedItem);
    await expect(openItem(key, newCopyParameters().account, 'i0', stored)).rejects.toThrow(RefusedItem);
  });

  it('refuses what is not an item at all', async () => {
    for (const stored of [undefined, 42, 'hello', '1.', '1.not base64!', '1.AAAA'])
      await expect(openItem(key, parameters.account, 'i0', stored)).rejects.toThrow(RefusedItem);
  });

  it('derives the key with PBKDF2-SHA-256 at 600,000 iterations and a fresh 16-byte salt per copy', () => {
    const [one, two] = [newCopyParameters(), newCopyParameters()];
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(one.iterations).toBe(600_000);
    expect(atob(one.salt)).toHaveLength(16);
    expect(one.salt).not.toBe(two.salt);
    expect(one.account).not.toBe(two.account);
  });

  it('reads only a header of its own format, with a sane number of iterations', async () => {
    const header = await sealHeader(key, { ...parameters, iterations: PBKDF2_ITERATIONS });
    expect(readHeader(JSON.parse(JSON.stringify(header)))).toEqual(header);
    expect(readHeader({ ...header, iterations: 1 })).toBeUndefined();
    expect(readHeader({ ...header, format: 2 })).toBeUndefined();
    expect(readHeader('h')).toBeUndefined();
  });
});
