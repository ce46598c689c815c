import type { EnergyAnswer } from './energy';
import { NO_COPY_SAVED, type SavedCopy } from './backup-reminder';
import type { CustomSite } from './custom-sites';
import type { OwnLine } from './crisis-lines';
import type { SiteId } from './moments';
import { DAY_MS, nextDayStart, type Weekday } from './time';

/** Which bottom corner the card sits in; the person can move it, per site. */
export type Corner = 'right' | 'left';
export const CORNERS: readonly Corner[] = ['right', 'left'];

/**
 * Where the card sits on a phone-wide window, across its width: at the bottom, above the
 * band a site keeps for its own navigation bar, or at the top. The person chooses.
 */
export type PhonePlace = 'bottom' | 'top';
export const PHONE_PLACES: readonly PhonePlace[] = ['bottom', 'top'];

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
  /** Where the card sits on a phone; a row stored before there was a choice reads the default. */
  cardPlaceOnPhone: 'bottom' as PhonePlace,
  /** Cards (and the visits that bring them) in private windows, only if the person says so. */
  inPrivateWindows: false,
  /** Today's energy as the person told it, asked once a day; `day` is the day it was asked. */
  energyToday: { day: '', level: 'skipped' } as EnergyAnswer,
  /** On a Low day: the smallest ideas only, or rest for the day. */
  lowEnergyRests: false,
  /** Cards learn, on this device, when they are welcome and which ideas land (core/learning.ts). */
  learningOn: true,
  /** Days of the week (0 Sunday … 6 Saturday, by the person's day) with no in-page cards. */
  restDays: [] as Weekday[],
  /** Sites the person added as routine moments, each granted by the browser when added. */
  customSites: [] as CustomSite[],
  /** How long the history is kept; older entries are removed. */
  keepHistory: 'forever' as HistoryKeep,
  /** The day the person said "I'll say hello to one person today" ("" for none). */
  intentionDay: '',
  /** When the person last asked for ideas after a heavy time (see core/heavy.ts); 0 for never. */
  ideasAnywayAt: 0,
  /** The country whose crisis lines the support page shows; "" follows the browser's language. */
  supportCountry: '',
  /** The crisis lines as the person edited them; null shows the bundled lines of the country. */
  supportLines: null as OwnLine[] | null,
  /** The latest copy of everything saved to a file, and the offer of a fresh one (core/backup-reminder.ts). */
  savedCopy: NO_COPY_SAVED as SavedCopy,
};

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

export const HISTORY_KEEPS = ['forever', 'year', 'three-months'] as const;
export type HistoryKeep = (typeof HISTORY_KEEPS)[number];

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
export const QUIET_CHANGES = ['low-energy', 'snooze-hour', 'snooze-tomorrow', 'snooze-week', 'unmute'] as const;
export type QuietChange = (typeof QUIET_CHANGES)[number];

const HOUR_MS = 60 * 60 * 1000;

/** What a quiet change writes: "tomorrow" is when the person's day starts, not midnight. */
export function quietChange(
  change: QuietChange,
  settings: Pick<Settings, 'dayStartsAtMinutes'>,
  now: number,
): Pick<Partial<Settings>, 'mutedUntil' | 'snoozedUntil'> {
  switch (change) {
    case 'low-energy':
      return { mutedUntil: nextDayStart(now, settings.dayStartsAtMinutes) };
    case 'snooze-hour':
      return { snoozedUntil: now + HOUR_MS };
    case 'snooze-tomorrow':
      return { snoozedUntil: nextDayStart(now, settings.dayStartsAtMinutes) };
    case 'snooze-week':
      // Seven days on, at the start of the person's day, so the week ends as a day begins.
      return { snoozedUntil: nextDayStart(now + 6 * DAY_MS, settings.dayStartsAtMinutes) };
    case 'unmute':
      return { mutedUntil: 0, snoozedUntil: 0 };
  }
}
