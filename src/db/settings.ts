import { withDefaults, type Settings } from '../core/settings';
import { nextDayStart } from '../core/time';
import { db } from './database';

export async function getSettings(): Promise<Settings> {
  const row = await db.settings.get('settings');
  if (!row) return withDefaults(undefined);
  // The row's `key` is how it is stored, not a setting: keep it out of what callers see.
  const stored: Partial<Settings> & { key?: string } = { ...row };
  delete stored.key;
  return withDefaults(stored);
}

export async function updateSettings(changes: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getSettings()), ...changes };
    await db.settings.put({ key: 'settings', ...next });
    return next;
  });
}

/** "Low energy today": no in-page nudge until the next day begins. */
export async function muteToday(now: number): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const { dayStartsAtMinutes } = await getSettings();
    return updateSettings({ mutedUntil: nextDayStart(now, dayStartsAtMinutes) });
  });
}

export async function snoozeUntil(until: number): Promise<Settings> {
  return updateSettings({ snoozedUntil: until });
}

/** Ends both "low energy today" and any snooze. */
export async function unmute(): Promise<Settings> {
  return updateSettings({ mutedUntil: 0, snoozedUntil: 0 });
}
