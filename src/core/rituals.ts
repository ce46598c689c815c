import { DAY_MS, dayKey, dayStart, weekdayOf, type Weekday } from './time';

/**
 * Rituals: a recurring check-in with someone ("every Friday, text Dad"). On its day it is
 * due from the start of the person's active hours until their day ends; done or let go,
 * it waits quietly for its next day. A ritual not done is never carried over or counted.
 */
export type RitualEvery = 'week' | 'two-weeks';
export const RITUAL_EVERY: readonly RitualEvery[] = ['week', 'two-weeks'];

export interface Ritual {
  id?: number;
  /** In the person's own words: "Text Dad", "Call Grandma". */
  what: string;
  personId?: number;
  weekday: Weekday;
  every: RitualEvery;
  createdAt: number;
  /** The last day it was done. */
  doneDay?: string;
  /** The last day the person let it go ("Not this time"). */
  letGoDay?: string;
  /** The last day a notification said it was due, so it says so once. */
  notifiedDay?: string;
}

export const MAX_RITUAL_WHAT = 100;

/** The hours when a ritual may be due: the person's active hours and when their day starts. */
export interface RitualClock {
  readonly dayStartsAtMinutes: number;
  readonly activeFromMinutes: number;
  readonly activeUntilMinutes: number;
}

const MINUTES_IN_DAY = 24 * 60;

/** The start of the person's day `days` after the day containing `now` (calendar arithmetic, safe across a change of clocks). */
function dayStartAfter(now: number, days: number, dayStartsAtMinutes: number): number {
  const date = new Date(dayStart(now, dayStartsAtMinutes));
  date.setDate(date.getDate() + days);
  return date.getTime();
}

/** Whole days from one day start to another, whatever the clocks did in between. */
function daysBetween(from: number, to: number): number {
  return Math.round((to - from) / DAY_MS);
}

/** Whether the ritual's day is the person's day that starts at `start`. */
function fallsOn(ritual: Pick<Ritual, 'weekday' | 'every' | 'createdAt'>, start: number, clock: RitualClock): boolean {
  if (weekdayOf(start, clock.dayStartsAtMinutes) !== ritual.weekday) return false;
  if (ritual.every === 'week') return true;
  // Every two weeks, counted from its first day on or after the day it was made.
  const made = dayStart(ritual.createdAt, clock.dayStartsAtMinutes);
  const first = dayStartAfter(made, (ritual.weekday - weekdayOf(made, clock.dayStartsAtMinutes) + 7) % 7, clock.dayStartsAtMinutes);
  const days = daysBetween(first, start);
  return days >= 0 && days % 14 === 0;
}

/** When, on the day that starts at `start`, a ritual becomes due: as the active hours begin, or at once when they never end. */
function dueFrom(start: number, clock: RitualClock): number {
  if (clock.activeFromMinutes === clock.activeUntilMinutes) return start;
  const offset = (clock.activeFromMinutes - clock.dayStartsAtMinutes + MINUTES_IN_DAY) % MINUTES_IN_DAY;
  const date = new Date(start);
  date.setMinutes(date.getMinutes() + offset);
  return date.getTime();
}

export function isDue(ritual: Ritual, now: number, clock: RitualClock): boolean {
  const start = dayStart(now, clock.dayStartsAtMinutes);
  const today = dayKey(now, clock.dayStartsAtMinutes);
  return fallsOn(ritual, start, clock) && now >= dueFrom(start, clock) && ritual.doneDay !== today && ritual.letGoDay !== today;
}

export function ritualsDue(rituals: readonly Ritual[], now: number, clock: RitualClock): Ritual[] {
  return rituals.filter((ritual) => isDue(ritual, now, clock));
}

/**
 * The rituals whose day is the person's day containing `now`: due, not yet due, done or let
 * go. Today belongs to them, so their people are not suggested besides (core/suggest.ts).
 */
export function ritualsOfToday(rituals: readonly Ritual[], now: number, clock: RitualClock): Ritual[] {
  return rituals.filter((ritual) => fallsOn(ritual, dayStart(now, clock.dayStartsAtMinutes), clock));
}

/**
 * The next moment the rituals due may change by themselves: the end of today for one due
 * now, or the time the next one becomes due. Undefined with no rituals at all.
 */
export function nextRitualChange(rituals: readonly Ritual[], now: number, clock: RitualClock): number | undefined {
  let next: number | undefined;
  const consider = (time: number) => {
    if (time > now && (next === undefined || time < next)) next = time;
  };
  for (const ritual of rituals) {
    if (isDue(ritual, now, clock)) consider(dayStartAfter(now, 1, clock.dayStartsAtMinutes));
    // Two weeks and a day ahead always holds the next day of a ritual.
    for (let days = 0; days <= 15; days += 1) {
      const start = dayStartAfter(now, days, clock.dayStartsAtMinutes);
      if (fallsOn(ritual, start, clock)) {
        const from = dueFrom(start, clock);
        if (from > now) {
          consider(from);
          break;
        }
      }
    }
  }
  return next;
}

export type RitualProblem = 'ritualWhatRequired' | 'ritualWhatTooLong' | 'choiceInvalid';

/** A ritual as the form hands it in, checked; problems are message keys. */
export function checkRitual(input: {
  what: string;
  personId?: number | undefined;
  weekday: number;
  every: string;
}): { ok: true; value: Pick<Ritual, 'what' | 'personId' | 'weekday' | 'every'> } | { ok: false; problem: RitualProblem } {
  const what = input.what.trim();
  if (!what) return { ok: false, problem: 'ritualWhatRequired' };
  if (what.length > MAX_RITUAL_WHAT) return { ok: false, problem: 'ritualWhatTooLong' };
  if (!Number.isInteger(input.weekday) || input.weekday < 0 || input.weekday > 6) return { ok: false, problem: 'choiceInvalid' };
  if (!(RITUAL_EVERY as readonly string[]).includes(input.every)) return { ok: false, problem: 'choiceInvalid' };
  return {
    ok: true,
    value: {
      what,
      ...(input.personId !== undefined ? { personId: input.personId } : {}),
      weekday: input.weekday as Weekday,
      every: input.every as RitualEvery,
    },
  };
}
