import type { Hello } from './hellos';
import { sentAtOf } from './hellos';
import type { Feeling, Nudge } from './nudge';
import { dayStart, weekdayOf, type Weekday } from './time';

/**
 * Small wins, as a quiet picture: what happened, week by week. Only what happened is
 * counted (notes sent, hellos made, feelings noted); an empty week is simply short, never
 * named, and nothing here adds up to a streak or a score.
 */
export interface Win {
  readonly at: number;
  /** How the person said they felt afterwards, when they said it. */
  readonly feeling?: Feeling;
}

export interface WeekOfWins {
  /** When the week began: its first day, at the hour the person's day starts. */
  readonly start: number;
  readonly hellos: number;
  readonly lighter: number;
  readonly heavier: number;
  /** More hellos felt lighter than heavier this week. */
  readonly feltLighter: boolean;
}

/** How many weeks the popup's picture shows. */
export const PICTURE_WEEKS = 8;

/** Every small hello: sent notes (and ideas done away from the screen) and hellos logged. */
export function winsOf(nudges: readonly Pick<Nudge, 'status' | 'sentAt' | 'updatedAt' | 'feeling'>[], hellos: readonly Pick<Hello, 'at'>[]): Win[] {
  const sent = nudges.filter((n) => n.status === 'sent').map((n): Win => ({ at: sentAtOf(n), ...(n.feeling ? { feeling: n.feeling } : {}) }));
  return [...sent, ...hellos.map((h): Win => ({ at: h.at }))];
}

/**
 * When the week containing `now` began: the last `firstDay` (1 Monday … 0 Sunday) of the
 * person's days, at the hour their day starts. Calendar arithmetic, so a week that crosses
 * a change of clocks still begins at the same hour.
 */
export function weekStart(now: number, dayStartsAtMinutes: number, firstDay: Weekday = 1): number {
  const back = (weekdayOf(now, dayStartsAtMinutes) - firstDay + 7) % 7;
  const start = new Date(dayStart(now, dayStartsAtMinutes));
  start.setDate(start.getDate() - back);
  return start.getTime();
}

function weeksLater(start: number, weeks: number): number {
  const date = new Date(start);
  date.setDate(date.getDate() + 7 * weeks);
  return date.getTime();
}

/** The last `count` weeks, oldest first, this week last, with the hellos and feelings of each. */
export function weeksOfWins(wins: readonly Win[], now: number, dayStartsAtMinutes: number, firstDay: Weekday = 1, count = PICTURE_WEEKS): WeekOfWins[] {
  const thisWeek = weekStart(now, dayStartsAtMinutes, firstDay);
  return Array.from({ length: count }, (_, index) => {
    const start = weeksLater(thisWeek, index - count + 1);
    const end = weeksLater(start, 1);
    const inWeek = wins.filter((win) => win.at >= start && win.at < end && win.at <= now);
    const lighter = inWeek.filter((win) => win.feeling === 'lighter').length;
    const heavier = inWeek.filter((win) => win.feeling === 'heavier').length;
    return { start, hellos: inWeek.length, lighter, heavier, feltLighter: lighter > heavier };
  });
}

/** Small hellos so far this week: shown only when there are some. */
export function hellosThisWeek(wins: readonly Win[], now: number, dayStartsAtMinutes: number, firstDay: Weekday = 1): number {
  const start = weekStart(now, dayStartsAtMinutes, firstDay);
  return wins.filter((win) => win.at >= start && win.at <= now).length;
}
