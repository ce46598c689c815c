import browser from 'webextension-polyfill';
import { pruneHistory } from '../db/history';
import { getSettings } from '../db/settings';
import { syncSiteScripts } from '../site-access';

/** Once a day (and when the browser starts): old history goes, added sites follow their grants. */
export const UPKEEP_ALARM = 'daily-upkeep';
const DAY_MINUTES = 24 * 60;

export async function upkeep(now: number): Promise<void> {
  await pruneHistory(now);
  await syncSiteScripts((await getSettings()).customSites);
}

export async function scheduleUpkeep(): Promise<void> {
  if (!(await browser.alarms.get(UPKEEP_ALARM))) await browser.alarms.create(UPKEEP_ALARM, { periodInMinutes: DAY_MINUTES });
}

/** Upkeep that fails (storage unavailable, say) waits for the next day; it never breaks the worker. */
export function runUpkeep(now: number): void {
  upkeep(now).catch((error: unknown) => console.error('Small Hellos could not tidy up', error));
}
