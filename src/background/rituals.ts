import browser from 'webextension-polyfill';
import type { Ritual } from '../core/rituals';
import { dayKey } from '../core/time';
import { markNotified } from '../db/rituals';
import { t } from '../i18n';
import { hasNotifications } from '../notifications-access';
import { optionalApi } from '../optional-apis';
import { refreshToolbarState } from '../toolbar/indicator';

/**
 * A ritual's time came, or rituals may have changed: the toolbar follows (its soft dot,
 * title and the next alarms; see src/toolbar), and, only if the person turned
 * notifications on, a ritual newly due is told once in a system notification, on a day
 * open to it (core/ritual-signal.ts).
 */
export async function refreshRituals(now: number): Promise<void> {
  const { state } = await refreshToolbarState(now);
  const { due, signal } = state.today;
  if (signal.notify) await notifyDue(due, dayKey(now, state.settings.dayStartsAtMinutes));
}

async function notifyDue(due: readonly Ritual[], today: string): Promise<void> {
  const fresh = due.filter((ritual) => ritual.notifiedDay !== today && ritual.id !== undefined);
  const [first] = fresh;
  // A browser without notifications (or without the grant yet) leaves the ritual to the popup and the toolbar's dot.
  const notifications = optionalApi('notifications');
  if (!first || !notifications || !(await hasNotifications())) return;
  await notifications.create(`ritual-${today}`, {
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
