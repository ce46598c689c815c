import browser from 'webextension-polyfill';

/**
 * The database is the only copy of what a person keeps, so the browser must not clear it
 * when the disk runs low. Both browsers keep it for the `unlimitedStorage` permission,
 * which neither mentions at install, each its own way:
 * - Firefox grants the add-on's origin the persistent-storage permission for it, so
 *   `persist()` is granted at once, with no prompt, and `persisted()` says true after.
 *   Only a persisted origin is safe there, so it is asked on install and at every start.
 * - Chromium never grants an extension persistent storage (`persist()` is refused and
 *   `persisted()` stays false; its service worker has no `persist()` at all), but its quota
 *   manager leaves an origin with unlimited storage out of eviction, as a persisted one.
 */
type Storage = Pick<StorageManager, 'persisted'> & Partial<Pick<StorageManager, 'persist'>>;

const ownStorage = (): Storage | undefined => (navigator as Partial<Navigator>).storage;

/** Asks the browser to keep the storage for good, where this context can ask. Returns whether it is persisted. */
export async function askToKeepStorage(storage: Storage | undefined = ownStorage()): Promise<boolean> {
  if (!storage) return false;
  if (await storage.persisted()) return true;
  return storage.persist ? storage.persist() : false;
}

/** Whether the browser keeps the database when the disk runs low; asks it to, if it can. */
export async function storageIsKept(storage: Storage | undefined = ownStorage()): Promise<boolean> {
  if (await askToKeepStorage(storage)) return true;
  const firefox = browser.runtime.getURL('').startsWith('moz-extension:');
  return !firefox && browser.permissions.contains({ permissions: ['unlimitedStorage'] });
}

/** For the background: asking fails only where storage itself does, and is said, never thrown. */
export function runAskToKeepStorage(): void {
  askToKeepStorage().catch((error: unknown) => console.error('Small Hellos could not ask to keep its storage', error));
}
