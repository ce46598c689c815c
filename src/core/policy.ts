import type { HeavyState } from './heavy';
import type { SiteId } from './moments';
import { isOpen, type Nudge } from './nudge';
import type { Settings } from './settings';
import { dayKey, dayStart, isWithinHours, minutes, weekdayOf } from './time';

/**
 * Whether an in-page nudge may appear now, with the one reason it may not. The order of
 * the rules is the order a person would explain it: their own choices first, then pacing.
 */
export type SkipReason =
  | 'private-window'
  | 'disabled-moment'
  | 'muted-today'
  | 'snoozed'
  | 'heavy-day'
  | 'rest-after-heavier'
  | 'rest-day'
  | 'goal-met'
  | 'outside-active-hours'
  | 'already-showing'
  | 'moment-already-used-today'
  | 'daily-cap'
  | 'cooldown'
  /** Asked after the rules above (core/card-timing.ts): this person more often takes a card up at a moment still to come today. */
  | 'better-moment-ahead';

export type Decision = { show: true } | { show: false; reason: SkipReason };

/** After a hello that felt heavier, no card for at least this long, whatever the gap between cards. */
export const REST_AFTER_HEAVIER_MINUTES = 90;

/** A card left open in a tab that was closed stops counting as "showing" after this. */
export const OPEN_CARD_LIFETIME_MINUTES = 30;

/** A card that may still be open on a page: one that came by itself, not settled, and not left behind long ago. */
export function isOpenPageNudge(nudge: Pick<Nudge, 'origin' | 'status' | 'shownAt'>, now: number): boolean {
  return nudge.origin === 'page' && isOpen(nudge) && now - nudge.shownAt < minutes(OPEN_CARD_LIFETIME_MINUTES);
}

export type PolicyNudge = Pick<Nudge, 'origin' | 'site' | 'shownAt' | 'status'>;

export interface PolicyInput {
  readonly settings: Settings;
  /** In-page nudges since at least the start of yesterday; older ones are ignored. */
  readonly recentNudges: readonly PolicyNudge[];
  readonly site: SiteId;
  readonly now: number;
  /** The moment came from a private window, where nothing is kept unless the person allows it. */
  readonly privateWindow?: boolean;
  /** How the latest hellos felt (core/heavy.ts): several heavier in a row rest the cards for the day. */
  readonly heavy?: HeavyState;
  /** When the latest hello felt heavier (core/heavy.ts `heavierHeardAt`): nothing new straight after it. */
  readonly heavierAt?: number | undefined;
  /** A small hello was made today, anywhere (a note, an idea done, a hello logged). */
  readonly helloMadeToday?: boolean;
}

type Rule = (input: PolicyInput, pageNudges: readonly PolicyNudge[]) => SkipReason | undefined;

const rules: readonly Rule[] = [
  ({ settings, privateWindow }) => (privateWindow && !settings.inPrivateWindows ? 'private-window' : undefined),
  ({ settings, site }) => (settings.disabledSites.includes(site) ? 'disabled-moment' : undefined),
  ({ settings, now }) => (now < settings.mutedUntil ? 'muted-today' : undefined),
  ({ settings, now }) => (now < settings.snoozedUntil ? 'snoozed' : undefined),
  ({ heavy }) => (heavy === 'support-first' ? 'heavy-day' : undefined),
  // A Heavier, on a card or in the popup, rests the cards as a card just shown would, and at least a while.
  ({ settings, now, heavierAt }) =>
    heavierAt !== undefined && heavierAt <= now && now - heavierAt < minutes(Math.max(settings.cooldownMinutes, REST_AFTER_HEAVIER_MINUTES))
      ? 'rest-after-heavier'
      : undefined,
  ({ settings, now }) => (settings.restDays.includes(weekdayOf(now, settings.dayStartsAtMinutes)) ? 'rest-day' : undefined),
  // "I'll say hello to one person today", and they did: one small thing, and the day is theirs.
  ({ settings, now, helloMadeToday }) => (helloMadeToday && settings.intentionDay === dayKey(now, settings.dayStartsAtMinutes) ? 'goal-met' : undefined),
  ({ settings, now }) => (isWithinHours(now, settings.activeFromMinutes, settings.activeUntilMinutes) ? undefined : 'outside-active-hours'),
  ({ now }, nudges) => (nudges.some((n) => isOpenPageNudge(n, now)) ? 'already-showing' : undefined),
  ({ settings, site, now }, nudges) => (today(nudges, settings, now).some((n) => n.site === site) ? 'moment-already-used-today' : undefined),
  ({ settings, now }, nudges) => (today(nudges, settings, now).length >= settings.dailyCap ? 'daily-cap' : undefined),
  ({ settings, now }, nudges) => (nudges.some((n) => now - n.shownAt < minutes(settings.cooldownMinutes)) ? 'cooldown' : undefined),
];

function today(nudges: readonly PolicyNudge[], settings: Settings, now: number): PolicyNudge[] {
  const start = dayStart(now, settings.dayStartsAtMinutes);
  return nudges.filter((n) => n.shownAt >= start);
}

export function decideNudge(input: PolicyInput): Decision {
  // Only cards that appeared by themselves pace the next one; asking in the popup is free.
  const pageNudges = input.recentNudges.filter((n) => n.origin === 'page' && n.shownAt <= input.now);
  for (const rule of rules) {
    const reason = rule(input, pageNudges);
    if (reason) return { show: false, reason };
  }
  return { show: true };
}
