import type { Weekday } from '../core/time';
import { uiLanguage } from '../i18n';

/**
 * The first day of the week where the person lives (Monday in most of Europe, Sunday in
 * the United States), for the week counts; Monday where the browser cannot say.
 */
export function firstDayOfWeek(): Weekday {
  try {
    const locale = new Intl.Locale(uiLanguage()) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay;
    // Intl counts Monday 1 … Sunday 7; Date (and core/time) counts Sunday 0.
    return firstDay === undefined ? 1 : ((firstDay % 7) as Weekday);
  } catch {
    return 1;
  }
}
