/**
 * Days in Small Hellos start at a configurable local time (04:00 by default), so a late
 * evening still belongs to the day the person lived. All functions use the local zone.
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const MINUTE = 60_000;

export const minutes = (count: number): number => count * MINUTE;

/** Minutes since local midnight. */
export function minutesOfDay(now: number): number {
  const date = new Date(now);
  return date.getHours() * 60 + date.getMinutes();
}

/** The timestamp at which the day containing `now` began. */
export function dayStart(now: number, dayStartsAtMinutes: number): number {
  const date = new Date(now);
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate(), 0, dayStartsAtMinutes);
  if (start.getTime() > now) start.setDate(start.getDate() - 1);
  return start.getTime();
}

/** The timestamp at which the next day begins: when "Low energy today" ends. */
export function nextDayStart(now: number, dayStartsAtMinutes: number): number {
  const start = new Date(dayStart(now, dayStartsAtMinutes));
  start.setDate(start.getDate() + 1);
  return start.getTime();
}

/** A stable name for the day containing `now`, e.g. "2026-11-25". */
export function dayKey(now: number, dayStartsAtMinutes: number): string {
  const start = new Date(dayStart(now, dayStartsAtMinutes));
  const month = String(start.getMonth() + 1).padStart(2, '0');
  const day = String(start.getDate()).padStart(2, '0');
  return `${start.getFullYear()}-${month}-${day}`;
}

/** The weekday (0 Sunday … 6 Saturday) of the person's day containing `now`: 01:00 on Sunday still belongs to Saturday. */
export function weekdayOf(now: number, dayStartsAtMinutes: number): Weekday {
  return new Date(dayStart(now, dayStartsAtMinutes)).getDay() as Weekday;
}

/** Whether `now` falls in [from, until) minutes of the local day; `until` may pass midnight. */
export function isWithinHours(now: number, fromMinutes: number, untilMinutes: number): boolean {
  const current = minutesOfDay(now);
  if (fromMinutes === untilMinutes) return true;
  if (fromMinutes < untilMinutes) return current >= fromMinutes && current < untilMinutes;
  return current >= fromMinutes || current < untilMinutes;
}

/** Whether a "YYYY-MM-DD" string names a real calendar day. */
export function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** Local midnight of a "YYYY-MM-DD" day. */
export function dateToTime(value: string): number {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(year, month - 1, day).getTime();
}

export const DAY_MS = 24 * 60 * MINUTE;
