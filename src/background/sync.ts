import browser, { type Storage } from 'webextension-polyfill';
import { HEADER_NAME, isItemName } from '../core/sync/layout';
import { browserSyncArea, sessionKeyStore } from '../sync/areas';
import { syncRound } from '../sync/engine';
import { SYNC_ALARM } from '../sync/schedule';

/** After the browser held sync back (too many writes, or its storage refused), the next try. */
const RETRY_MINUTES = 5;

/**
 * Sync in the background: a round when the browser's sync brings a change to the copy
 * (or when this computer wrote one: the round then finds nothing to do), and when the
 * sync alarm rings after changes here.
 */
export function handleSyncStorageChange(changes: Record<string, Storage.StorageChange>, areaName: string): void {
  if (areaName !== 'sync' || !Object.keys(changes).some((name) => name === HEADER_NAME || isItemName(name))) return;
  runSyncRound(Date.now());
}

export function runSyncRound(now: number): void {
  syncRound(browserSyncArea(), sessionKeyStore(), now)
    .then(async ({ problem }) => {
      if (problem?.kind === 'too-many-writes' || problem?.kind === 'unavailable') await browser.alarms.create(SYNC_ALARM, { delayInMinutes: RETRY_MINUTES });
    })
    .catch((error: unknown) => console.error('Small Hellos could not sync:', error));
}
