import { isWithinHours } from './time';

/**
 * Some notes only make sense at a certain time: "Good morning" in the morning, "happy end
 * of the week" near the weekend. These read the local clock and calendar of `now` — not
 * the Small Hellos day, which starts at 04:00 — because the words speak of clock time.
 *
 * - morning: 05:00 to 11:59
 * - evening: 17:00 to 22:59
 * - end-of-week: Friday, Saturday and Sunday ("I hope your week ended kindly")
 * - before-weekend: Thursday and Friday ("anything planned for the weekend?"), never on
 *   the weekend itself, when the question would come too late
 */
export type TimeWindow = 'morning' | 'evening' | 'end-of-week' | 'before-weekend';

const HOURS: Partial<Record<TimeWindow, readonly [from: number, until: number]>> = {
  morning: [5 * 60, 12 * 60],
  evening: [17 * 60, 23 * 60],
};

/** Days of the week as `Date.getDay()` counts them: 0 is Sunday. */
const DAYS: Partial<Record<TimeWindow, readonly number[]>> = {
  'end-of-week': [5, 6, 0],
  'before-weekend': [4, 5],
};

export function isWithinWindow(window: TimeWindow, now: number): boolean {
  const hours = HOURS[window];
  if (hours) return isWithinHours(now, hours[0], hours[1]);
  return DAYS[window]?.includes(new Date(now).getDay()) ?? true;
}
