import browser from 'webextension-polyfill';
import { quietState } from '../core/settings';
import { ritualsToday } from '../db/ritual-signal';
import { getSettings } from '../db/settings';
import { t } from '../i18n';
import { showRitualDot } from './ritual-dot';

export const QUIET_ENDS_ALARM = 'quiet-ends';

/**
 * The toolbar button's title says when Small Hellos is resting or paused, and an alarm
 * puts it back when the quiet time ends (the service worker may be asleep by then).
 * Returns when the quiet time ends, or 0.
 */
export async function refreshQuietIndicator(now: number): Promise<number> {
  const quiet = quietState(await getSettings(), now);
  // Only what the popup shows: no dot while resting (it comes back when the rest ends) or on a day that leads with support.
  const { dot } = (await ritualsToday(now)).signal;
  await showRitualDot(dot);
  await browser.alarms.clear(QUIET_ENDS_ALARM);
  if (quiet.kind === 'none') {
    await browser.action.setTitle({ title: t(dot ? 'actionTitleRitual' : 'actionTitle') });
    return 0;
  }
  await browser.action.setTitle({ title: t(quiet.kind === 'resting' ? 'actionTitleResting' : 'actionTitlePaused') });
  await browser.alarms.create(QUIET_ENDS_ALARM, { when: quiet.until });
  return quiet.until;
}
