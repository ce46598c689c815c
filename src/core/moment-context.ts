import type { MomentKind } from './moments';
import type { Energy } from './energy';
import { minutesOfDay, weekdayOf } from './time';

/**
 * What a routine moment is, for learning when cards are welcome: the kind of site, the
 * part of the day by the clock, a weekday or the weekend by the person's own day (01:00
 * on Saturday is still Friday night), and today's energy as told.
 */
export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';
export type WeekPart = 'weekday' | 'weekend';
export type EnergyContext = Energy | 'unknown';

export const DAY_PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening', 'night'];
export const WEEK_PARTS: readonly WeekPart[] = ['weekday', 'weekend'];
export const ENERGY_CONTEXTS: readonly EnergyContext[] = ['low', 'okay', 'good', 'unknown'];

export interface MomentContext {
  readonly kind: MomentKind;
  readonly dayPart: DayPart;
  readonly weekPart: WeekPart;
  readonly energy: EnergyContext;
}

/**
 * Where each part of the day starts, in minutes after midnight, in the order of a day:
 * morning as the card's words count it (05:00 to noon), evening from 17:00, night from 22:00.
 */
const PART_STARTS: readonly [DayPart, number][] = [
  ['morning', 5 * 60],
  ['afternoon', 12 * 60],
  ['evening', 17 * 60],
  ['night', 22 * 60],
];
const DAY_MINUTES = 24 * 60;

export function dayPartOf(now: number): DayPart {
  const current = minutesOfDay(now);
  let part: DayPart = 'night';
  for (const [name, start] of PART_STARTS) if (current >= start) part = name;
  return part;
}

export function weekPartOf(now: number, dayStartsAtMinutes: number): WeekPart {
  const weekday = weekdayOf(now, dayStartsAtMinutes);
  return weekday === 0 || weekday === 6 ? 'weekend' : 'weekday';
}

export function momentContext(kind: MomentKind, now: number, energy: Energy | undefined, dayStartsAtMinutes: number): MomentContext {
  return { kind, dayPart: dayPartOf(now), weekPart: weekPartOf(now, dayStartsAtMinutes), energy: energy ?? 'unknown' };
}

/**
 * For each part of the day, the share of it still ahead before the person's day ends
 * (1 for a part wholly ahead, 0 for one gone): where later moments of today may come.
 */
export function dayPartsAhead(now: number, dayStartsAtMinutes: number): Record<DayPart, number> {
  const current = minutesOfDay(now);
  // Minutes on a line that starts with the person's day, so that a night crossing midnight is one stretch.
  const onDayLine = (minute: number) => (minute - dayStartsAtMinutes + DAY_MINUTES) % DAY_MINUTES;
  const from = onDayLine(current);
  const ahead = { morning: 0, afternoon: 0, evening: 0, night: 0 };
  PART_STARTS.forEach(([part, start], index) => {
    const end = PART_STARTS[(index + 1) % PART_STARTS.length]?.[1] ?? start;
    const length = (end - start + DAY_MINUTES) % DAY_MINUTES;
    let remaining = 0;
    for (let offset = 0; offset < length; offset += 15) {
      if (onDayLine(start + offset) >= from) remaining += Math.min(15, length - offset);
    }
    ahead[part] = remaining / length;
  });
  return ahead;
}
