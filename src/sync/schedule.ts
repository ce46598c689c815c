/**
 * Changes here reach the synced copy through one alarm: the first change sets it, later
 * ones join it, and when it rings the background syncs them all in one write.
 *
 * It reaches the alarms through `chrome`, which Chrome and Firefox both give every
 * extension context, not through the polyfill: the database module loads this in every
 * context, the service worker included, where a module cannot be loaded later on demand.
 */
export const SYNC_ALARM = 'sync';

/** Half a minute: Chrome's shortest alarm for an installed extension, and time enough to gather a burst of edits. */
export const SYNC_DELAY_MINUTES = 0.5;

interface Alarms {
  get(name: string): Promise<unknown>;
  create(name: string, info: { delayInMinutes: number }): Promise<void> | void;
}

export async function scheduleSync(): Promise<void> {
  const alarms = (globalThis as { chrome?: { alarms?: Alarms } }).chrome?.alarms;
  if (!alarms || (await alarms.get(SYNC_ALARM))) return;
  await alarms.create(SYNC_ALARM, { delayInMinutes: SYNC_DELAY_MINUTES });
}
