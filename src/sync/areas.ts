import browser from 'webextension-polyfill';
import { importKey, toBase64, fromBase64 } from '../core/sync/envelope';

/**
 * The two storage areas sync uses, behind the small shape it needs, so the unit tests
 * hand in their own: the browser's sync storage (what rides the person's browser
 * account) and its session storage (memory only, gone when the browser closes).
 */
export interface SyncArea {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Where the key of the synced copy is kept while the browser runs: never on disk, and never the passphrase. */
export interface KeyStore {
  remember(account: string, key: Uint8Array): Promise<void>;
  /** The key for this copy, or undefined after a restart (or for another copy). */
  recall(account: string): Promise<CryptoKey | undefined>;
  forget(): Promise<void>;
}

export const browserSyncArea = (): SyncArea => browser.storage.sync;

/** The browser's own places for sync: its sync storage and a key kept in session memory. */
export const browserSyncPlaces = () => ({ area: browserSyncArea(), keys: sessionKeyStore() });

const SESSION_KEY = 'syncKey';

/** A key store over an area that keeps values in memory only (`storage.session`). */
export function sessionKeyStore(area: SyncArea = browser.storage.session): KeyStore {
  return {
    async remember(account, key) {
      await area.set({ [SESSION_KEY]: { account, key: toBase64(key) } });
    },
    async recall(account) {
      const { [SESSION_KEY]: kept } = await area.get(SESSION_KEY);
      if (typeof kept !== 'object' || kept === null) return undefined;
      const { account: keptFor, key } = kept as { account?: unknown; key?: unknown };
      return keptFor === account && typeof key === 'string' ? importKey(fromBase64(key)) : undefined;
    },
    async forget() {
      await area.remove(SESSION_KEY);
    },
  };
}
