import type { SiteId } from './moments';

/** Preferences and quiet times. The defaults object is the type. */
export const defaultSettings = {
  /** Local minutes after midnight between which in-page nudges may appear. */
  activeFromMinutes: 8 * 60,
  activeUntilMinutes: 21 * 60,
  /** When a new day begins, for "Low energy today" and "once a day". */
  dayStartsAtMinutes: 4 * 60,
  dailyCap: 2,
  cooldownMinutes: 90,
  /** In-page nudges stay away until this timestamp (low energy today). */
  mutedUntil: 0,
  /** In-page nudges stay away until this timestamp (snooze). */
  snoozedUntil: 0,
  /** Sites the person switched off as routine moments. */
  disabledSites: [] as SiteId[],
};

export type Settings = typeof defaultSettings;

export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return { ...defaultSettings, ...stored };
}

/**
 * Whether in-page cards are quiet now and until when: resting (low energy today) or
 * paused (a snooze). The popup and the toolbar title both say it this way.
 */
export type QuietState = { kind: 'resting' | 'paused'; until: number } | { kind: 'none' };

export function quietState(settings: Pick<Settings, 'mutedUntil' | 'snoozedUntil'>, now: number): QuietState {
  const { mutedUntil, snoozedUntil } = settings;
  if (mutedUntil > now) return { kind: 'resting', until: Math.max(mutedUntil, snoozedUntil) };
  if (snoozedUntil > now) return { kind: 'paused', until: snoozedUntil };
  return { kind: 'none' };
}
