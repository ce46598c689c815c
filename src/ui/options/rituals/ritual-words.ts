import type { Ritual } from '../../../core/rituals';
import { t, uiLanguage } from '../../../i18n';

/** The weekday's name in the language of the words: 2026-11-29 was a Sunday. */
export function weekdayName(day: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long' }).format(new Date(2026, 10, 29 + day));
}

/** "Every Friday", "Every other Friday". */
export function everyText(ritual: Pick<Ritual, 'weekday' | 'every'>): string {
  return t(ritual.every === 'week' ? 'ritualEveryWeek' : 'ritualEveryTwoWeeks', weekdayName(ritual.weekday));
}
