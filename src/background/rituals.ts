import browser from 'webextension-polyfill';
import { nextRitualChange, type Ritual } from '../core/rituals';
import { dayKey } from '../core/time';
import { listRituals, markNotified } from '../db/rituals';
import { ritualsToday } from '../db/ritual-signal';
import { getSettings } from '../db/settings';
import { t } from '../i18n';
import { hasNotifications } from '../notifications-access';
import { refreshQuietIndicator } from './quiet-indicator';

/** Wakes the background when a ritual becomes due, or when today's have had their day. */
export const RITUAL_ALARM = 'ritual-due';

/**
 * Rituals changed, or their time came: the toolbar follows (its soft dot and title), the
 * next change is set as an alarm (alarms outlive the service worker and a browser
 * restart), and, only if the person turned notifications on, a ritual newly due is told
 * once in a system notification, on a day open to it (core/ritual-signal.ts).
 */
export async function refreshRituals(now: number): Promise<void> {
  const [rituals, settings] = await Promise.all([listRituals(), getSettings()]);
  await refreshQuietIndicator(now);
  await browser.alarms.clear(RITUAL_ALARM);
  const next = nextRitualChange(rituals, now, settings);
  if (next !== undefined) await browser.alarms.create(RITUAL_ALARM, { when: next });
  const { due, signal } = await ritualsToday(now);
  if (signal.notify) await notifyDue(due, dayKey(now, settings.dayStartsAtMinutes));
}

async function notifyDue(due: readonly Ritual[], today: string): Promise<void> {
  const fresh = due.filter((ritual) => ritual.notifiedDay !== today && ritual.id !== undefined);
  const [first] = fresh;
  if (!first || !(await hasNotifications())) return;
  await browser.notifications.create(`ritual-${today}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('extName'),
    message: fresh.length === 1 ? t('ritualNotification', first.what) : t('ritualsNotification'),
  });
  await markNotified(
    fresh.flatMap((ritual) => (ritual.id === undefined ? [] : [ritual.id])),
    today,
  );
}

/** A ritual refresh that fails (storage unavailable, say) waits for the next event; it never breaks the worker. */
export function runRitualRefresh(now: number): void {
  refreshRituals(now).catch((error: unknown) => console.error('Small Hellos could not look at rituals', error));
}
