import { t, uiLanguage } from '../i18n';

/** Dates and times in the person's own regional format (12 or 24 hours, date order). */
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(uiLanguage(), options);
}

export function formatClock(timestamp: number): string {
  return formatter({ timeStyle: 'short' }).format(timestamp);
}

/** "25 Nov": a day, in the browser's language. */
export function formatDate(timestamp: number): string {
  return formatter({ day: 'numeric', month: 'short' }).format(timestamp);
}

export function formatDateTime(timestamp: number): string {
  return formatter({ dateStyle: 'medium', timeStyle: 'short' }).format(timestamp);
}

function sameCalendarDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "Paused until 14:30.", "Paused until tomorrow at 04:00." or, further away, with the date. */
export function pausedUntilText(until: number, now: number): string {
  const end = new Date(until);
  if (sameCalendarDay(end, new Date(now))) return t('pausedUntilTime', formatClock(until));
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  if (sameCalendarDay(end, tomorrow)) return t('pausedUntilTomorrow', formatClock(until));
  return t('pausedUntilDate', formatter({ dateStyle: 'full', timeStyle: 'short' }).format(until));
}

/**
 * A stored birthday ("1990-03-12", "--03-12") as the birthday field shows it: "12.03.1990"
 * or "12.03." where the language writes dates day first with dots, as German does; as
 * stored ("1990-03-12", "03-12") elsewhere, where "03/12" would mean two different days.
 */
export function birthdayForField(stored: string | undefined): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(stored ?? '');
  if (!match) return stored?.replace(/^--/, '') ?? '';
  const [, year = '-', month = '', day = ''] = match;
  const parts = formatter({ day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(2000, 0, 31));
  const dottedDayFirst = parts[0]?.type === 'day' && parts[1]?.value === '.';
  if (!dottedDayFirst) return year === '-' ? `${month}-${day}` : `${year}-${month}-${day}`;
  return `${day}.${month}.${year === '-' ? '' : year}`;
}
