import { render, screen } from '@testing-library/preact';
import { askToKeepStorage, storageIsKept } from '../../src/storage-kept';
import { StorageStatus } from '../../src/ui/options/data/StorageStatus';
import { fakeBrowser, getMessage } from '../support/fake-browser';

/** A browser's storage manager that answers as told; a worker's has no persist(). */
function storage(persisted: boolean, persistGranted?: boolean) {
  let kept = persisted;
  return {
    persisted: vi.fn(async () => kept),
    ...(persistGranted === undefined ? {} : { persist: vi.fn(async () => (kept = persistGranted)) }),
  };
}

const holdsUnlimitedStorage = () =>
  fakeBrowser.permissions.contains.mockImplementation(async ({ permissions }) => permissions?.includes('unlimitedStorage') ?? false);

afterEach(() => {
  fakeBrowser.permissions.contains.mockImplementation(async () => false);
});

describe('asking the browser to keep the database', () => {
  it('asks once where it is not yet persisted, and Firefox grants it for unlimitedStorage', async () => {
    const firefox = storage(false, true);
    expect(await askToKeepStorage(firefox)).toBe(true);
    expect(await askToKeepStorage(firefox)).toBe(true);
    expect(firefox.persist).toHaveBeenCalledOnce();
  });

  it('cannot ask from a service worker, which has no persist()', async () => {
    expect(await askToKeepStorage(storage(false))).toBe(false);
  });

  it('is promised nothing with no storage manager at all', async () => {
    expect(await askToKeepStorage(undefined)).toBe(false);
  });
});

describe('whether the browser keeps the database when the disk runs low', () => {
  it('is kept once persisted', async () => {
    expect(await storageIsKept(storage(false, true))).toBe(true);
  });

  it('is kept in Chromium, which refuses persist() but never evicts an extension with unlimitedStorage', async () => {
    holdsUnlimitedStorage();
    expect(await storageIsKept(storage(false, false))).toBe(true);
  });

  it('is not kept in Chromium without unlimitedStorage, nor in Firefox while not persisted', async () => {
    expect(await storageIsKept(storage(false, false))).toBe(false);
    holdsUnlimitedStorage();
    const getURL = vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path) => `moz-extension://test-extension/${path}`);
    expect(await storageIsKept(storage(false, false))).toBe(false);
    getURL.mockRestore();
  });
});

describe('the storage line under Your data', () => {
  it('says calmly that the browser keeps it', async () => {
    render(<StorageStatus check={async () => true} />);
    expect(await screen.findByText(getMessage('storageKept'))).toBeTruthy();
  });

  it('says in plain words when the browser may clear it, and what to do', async () => {
    render(<StorageStatus check={async () => false} />);
    expect((await screen.findByRole('status')).textContent).toBe(getMessage('storageAtRisk'));
  });

  it('says the same when the browser cannot be asked', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<StorageStatus check={() => Promise.reject(new Error('no storage manager'))} />);
    expect((await screen.findByRole('status')).textContent).toBe(getMessage('storageAtRisk'));
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });
});
