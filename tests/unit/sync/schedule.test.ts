/**
 * Changes here reach the synced copy through one alarm: set by the first change to
 * people, rituals or settings while sync is on, joined by the next ones, and never set
 * while sync is off.
 */
import { db } from '../../../src/db/database';
import { addPerson } from '../../../src/db/people';
import { addRitual } from '../../../src/db/rituals';
import { updateSettings } from '../../../src/db/settings';
import { updateSyncState } from '../../../src/db/sync-state';
import { SYNC_ALARM } from '../../../src/sync/schedule';
import { fakeBrowser } from '../../support/fake-browser';
import { jo } from '../../support/sample-data';

const NOW = Date.UTC(2026, 10, 27, 12);

// The extension's own `chrome`, as every context has it (src/sync/schedule.ts uses it directly).
beforeEach(() => {
  vi.stubGlobal('chrome', { alarms: fakeBrowser.alarms });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Waits until the alarm has been asked for `count` times in all, or a while has passed. */
async function alarmsAskedFor(count: number): Promise<number> {
  await vi.waitFor(() => expect(fakeBrowser.alarms.get.mock.calls.length).toBeGreaterThanOrEqual(count), { timeout: 2000 }).catch(() => undefined);
  return fakeBrowser.alarms.create.mock.calls.filter(([name]) => name === SYNC_ALARM).length;
}

describe('the sync alarm', () => {
  it('is set half a minute on by a change to people, rituals or settings while sync is on', async () => {
    await updateSyncState({ on: true, account: 'copy' });
    await addPerson(jo, NOW);
    expect(await alarmsAskedFor(1)).toBe(1);
    expect(fakeBrowser.alarms.create).toHaveBeenCalledWith(SYNC_ALARM, { delayInMinutes: 0.5 });

    fakeBrowser.alarms.get.mockResolvedValue({ name: SYNC_ALARM, scheduledTime: NOW + 30_000 });
    await addRitual({ what: 'Call Jo', weekday: 5, every: 'week' }, NOW);
    await updateSettings({ dailyCap: 3 });
    expect(await alarmsAskedFor(3)).toBe(1);
    fakeBrowser.alarms.get.mockResolvedValue(undefined);
  });

  it('is never set while sync is off', async () => {
    await updateSyncState({ on: false });
    const reads = vi.spyOn(db.syncState, 'get');
    await addPerson(jo, NOW);
    await updateSettings({ dailyCap: 3 });
    // Both writes made the state be read; once each read is answered, the alarm's fate is decided.
    await vi.waitFor(() => expect(reads.mock.results.length).toBeGreaterThanOrEqual(2));
    await Promise.all(reads.mock.results.map((result) => result.value as Promise<unknown>));
    await Promise.resolve();
    expect(fakeBrowser.alarms.get).not.toHaveBeenCalled();
    expect(fakeBrowser.alarms.create).not.toHaveBeenCalled();
  });
});
