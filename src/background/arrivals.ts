import browser from 'webextension-polyfill';
import type { SiteId } from '../core/moments';
import { isNewMoment, type Arrival } from '../core/return-moment';

/**
 * When each catalogue tab went out of view, and when each site's last moment came: kept in
 * the browser's session storage (gone when the browser closes, like the tabs it speaks
 * of), never in the worker's globals, and out of reach of any page.
 */
const awayKey = (tabId: number) => `away:${tabId}`;
const momentKey = (site: SiteId) => `moment:${site}`;

function timeOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A catalogue tab went out of view (another tab, another page, a minimised window). */
export async function noteAway(tabId: number, now: number): Promise<void> {
  await browser.storage.session.set({ [awayKey(tabId)]: now });
}

/**
 * Whether this arrival at `site` is a new routine moment (core/return-moment.ts); a new
 * one becomes the site's latest. Two arrivals at once may both read the old times: the
 * card they could bring is still decided one after another (background/moment.ts).
 */
export async function takeArrival(site: SiteId, tabId: number | undefined, arrival: Arrival, now: number, intoHome = false): Promise<boolean> {
  const away = tabId === undefined ? undefined : awayKey(tabId);
  const stored = await browser.storage.session.get([momentKey(site), ...(away ? [away] : [])]);
  const awayAt = away ? timeOf(stored[away]) : undefined;
  const isNew = isNewMoment({ arrival, now, awayAt, lastMomentAt: timeOf(stored[momentKey(site)]), intoHome });
  // Back in view: the next time away starts when the tab goes again.
  if (away) await browser.storage.session.remove(away);
  if (isNew) await browser.storage.session.set({ [momentKey(site)]: now });
  return isNew;
}
