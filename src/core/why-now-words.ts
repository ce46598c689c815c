import type { DayPart, WeekPart } from './moment-context';
import { MOMENT_KIND_TABLE } from './moments';
import type { Translate } from './render';
import type { WhyNow } from './why-now';

const WEEK: Readonly<Record<WeekPart, string>> = { weekday: 'whyNowWhen_weekday', weekend: 'whyNowWhen_weekend' };
const DAY: Readonly<Record<DayPart, string>> = {
  morning: 'whyNowWhen_morning',
  afternoon: 'whyNowWhen_afternoon',
  evening: 'whyNowWhen_evening',
  night: 'whyNowWhen_night',
};
/** Days and a part of the day together: one phrase, as a language says them ("on weekday mornings"). */
const WEEK_AND_DAY: Readonly<Record<WeekPart, Readonly<Record<DayPart, string>>>> = {
  weekday: {
    morning: 'whyNowWhen_weekday_morning',
    afternoon: 'whyNowWhen_weekday_afternoon',
    evening: 'whyNowWhen_weekday_evening',
    night: 'whyNowWhen_weekday_night',
  },
  weekend: {
    morning: 'whyNowWhen_weekend_morning',
    afternoon: 'whyNowWhen_weekend_afternoon',
    evening: 'whyNowWhen_weekend_evening',
    night: 'whyNowWhen_weekend_night',
  },
};

/**
 * "Why now?" in the locale's words: what was learned of this moment as one plain sentence
 * ("You often write a hello in your email on weekday mornings."), or that Small Hellos is
 * still learning. Each part named has its own phrase; the sentence places them.
 */
export function whyNowSentence(why: WhyNow, translate: Translate): string {
  if (!why.learned) return translate('whyNowLearning');
  const { kind, weekPart, dayPart } = why;
  const when = weekPart && dayPart ? WEEK_AND_DAY[weekPart][dayPart] : weekPart ? WEEK[weekPart] : dayPart ? DAY[dayPart] : undefined;
  const phrases = [kind && MOMENT_KIND_TABLE[kind].where, when].filter((key): key is string => key !== undefined).map((key) => translate(key));
  return translate('whyNowOften', [phrases.join(' ')]);
}
