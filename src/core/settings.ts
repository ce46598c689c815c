import type { SiteId } from './moments';
import { nextDayStart } from './time';

/** Which bottom corner the card sits in; the person can move it, per site. */
export type Corner = 'right' | 'left';
export const CORNERS: readonly Corner[] = ['right', 'left'];

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
  /** Where the card sits on a site whose own panel is in the right-hand corner. */
  cardCorners: {} as Partial<Record<SiteId, Corner>>,
  /** Cards (and the visits that bring them) in private windows, only if the person says so. */
  inPrivateWindows: false,
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

/** The ways the popup quiets cards, or lets them back. */
export const QUIET_CHANGES = ['low-energy', 'snooze-hour', 'snooze-tomorrow', 'unmute'] as const;
export type QuietChange = (typeof QUIET_CHANGES)[number];

const HOUR_MS = 60 * 60 * 1000;

/** What a quiet change writes: "tomorrow" is when the person's day starts, not midnight. */
export function quietChange(change: QuietChange, settings: Pick<Settings, 'dayStartsAtMinutes'>, now: number): Pick<Partial<Settings>, 'mutedUntil' | 'snoozedUntil'> {
  switch (change) {
    case 'low-energy':
      return { mutedUntil: nextDayStart(now, settings.dayStartsAtMinutes) };
    case 'snooze-hour':
      return { snoozedUntil: now + HOUR_MS };
    case 'snooze-tomorrow':
      return { snoozedUntil: nextDayStart(now, settings.dayStartsAtMinutes) };
    case 'unmute':
      return { mutedUntil: 0, snoozedUntil: 0 };
  }
}
