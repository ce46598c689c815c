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
