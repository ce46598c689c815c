import browser from 'webextension-polyfill';
import { quietState } from '../core/settings';
import { ritualsDueAt } from '../db/rituals';
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
  const ritualDue = (await ritualsDueAt(now)).length > 0;
  // A day of rest is rest from rituals' reminders too; the dot comes back when it ends.
  await showRitualDot(ritualDue && quiet.kind !== 'resting');
  await browser.alarms.clear(QUIET_ENDS_ALARM);
  if (quiet.kind === 'none') {
    await browser.action.setTitle({ title: t(ritualDue ? 'actionTitleRitual' : 'actionTitle') });
    return 0;
  }
  await browser.action.setTitle({ title: t(quiet.kind === 'resting' ? 'actionTitleResting' : 'actionTitlePaused') });
  await browser.alarms.create(QUIET_ENDS_ALARM, { when: quiet.until });
  return quiet.until;
}
