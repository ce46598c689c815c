import browser from 'webextension-polyfill';

/**
 * Changes here reach the synced copy through one alarm: the first change sets it, later
 * ones join it, and when it rings the background syncs them all in one write.
 */
export const SYNC_ALARM = 'sync';

/** Half a minute: Chrome's shortest alarm for an installed extension, and time enough to gather a burst of edits. */
export const SYNC_DELAY_MINUTES = 0.5;

export async function scheduleSync(): Promise<void> {
  if (await browser.alarms.get(SYNC_ALARM)) return;
  await browser.alarms.create(SYNC_ALARM, { delayInMinutes: SYNC_DELAY_MINUTES });
}
