import { DAY_MS } from './time';

/**
 * A birthday comes back every year. It is kept as "YYYY-MM-DD" when the year is known and
 * as "--MM-DD" (the vCard way) when it is not; a note is offered on the day and for a
 * couple of days after, never before.
 */
export interface Birthday {
  readonly month: number;
  readonly day: number;
  readonly year?: number;
}

/** The day itself and this many days after: a card may not come on the day itself. */
export const BIRTHDAY_DAYS_AFTER = 2;

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
/** "--04-15" (vCard), "--0415" or "04-15" as typed. */
const NO_YEAR = /^(?:--)?(\d{2})-?(\d{2})$/;

export function parseBirthday(value: string): Birthday | undefined {
  const full = FULL.exec(value);
  const noYear = full ? undefined : NO_YEAR.exec(value);
  const year = full ? Number(full[1]) : undefined;
  const month = Number((full ?? noYear)?.[full ? 2 : 1]);
  const day = Number((full ?? noYear)?.[full ? 3 : 2]);
  if (!month || !day || month > 12) return undefined;
  // A year with 29 February, so that a leap-day birthday without its year is valid.
  const check = new Date(year ?? 2000, month - 1, day);
  if (check.getMonth() !== month - 1 || check.getDate() !== day) return undefined;
  if (year !== undefined && (year < 1900 || check.getTime() > Date.now() + DAY_MS)) return undefined;
  return { month, day, ...(year !== undefined ? { year } : {}) };
}

/** "12.03.1990", "12.3." or "12.3" as typed where dates are written day first with dots (German and others). */
const DOTTED = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4})?)?$/;

/**
 * A birthday as a person types it: the stored forms above, or day and month with dots,
 * the year optional ("12.03.1990", "12.3."). Dots always put the day first, in every
 * language that writes dates with them, so this is never a guess.
 */
export function parseTypedBirthday(value: string): Birthday | undefined {
  const dotted = DOTTED.exec(value);
  if (!dotted) return parseBirthday(value);
  const [day = '', month = '', year] = dotted.slice(1);
  return parseBirthday(`${year ?? '-'}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

export function formatBirthday(birthday: Birthday): string {
  const mm = String(birthday.month).padStart(2, '0');
  const dd = String(birthday.day).padStart(2, '0');
  return birthday.year === undefined ? `--${mm}-${dd}` : `${birthday.year}-${mm}-${dd}`;
}

/** Local midnight of the birthday in a given year; 29 February is kept on the 28th in other years. */
export function birthdayIn(birthday: Birthday, year: number): number {
  const leap = new Date(year, 1, 29).getMonth() === 1;
  const day = birthday.month === 2 && birthday.day === 29 && !leap ? 28 : birthday.day;
  return new Date(year, birthday.month - 1, day).getTime();
}

/**
 * How many days ago the latest birthday was (0 on the day), when it falls within the days
 * a note fits; otherwise nothing. Looks at last year's too, for a birthday on 31 December.
 */
export function daysSinceBirthday(value: string | undefined, now: number): number | undefined {
  const birthday = value ? parseBirthday(value) : undefined;
  if (!birthday) return undefined;
  const today = new Date(now);
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  for (const year of [today.getFullYear(), today.getFullYear() - 1]) {
    const days = Math.round((midnight - birthdayIn(birthday, year)) / DAY_MS);
    if (days >= 0 && days <= BIRTHDAY_DAYS_AFTER) return days;
  }
  return undefined;
}
