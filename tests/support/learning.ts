import type { EnergyContext, MomentContext } from '../../src/core/moment-context';
import { momentContext } from '../../src/core/moment-context';
import type { MomentKind } from '../../src/core/moments';
import { emptyReceptivity, updateReceptivity, type ReceptivityState } from '../../src/core/receptivity';
import { dayKey } from '../../src/core/time';

/** The person's day starts at 04:00, as by default. */
export const DAY_STARTS = 4 * 60;

/** A local time in November 2026: the 23rd is a Monday, the 28th a Saturday. */
export const on = (day: number, hour: number, minute = 0): number => new Date(2026, 10, day, hour, minute).getTime();

export const contextAt = (kind: MomentKind, time: number, energy: EnergyContext = 'unknown'): MomentContext =>
  momentContext(kind, time, energy === 'unknown' ? undefined : energy, DAY_STARTS);

/** What happened on one moment: a moment in the active hours, and the card's outcome if one came. */
export interface Happening {
  readonly kind: MomentKind;
  readonly hour: number;
  readonly takenUp?: boolean;
  readonly energy?: EnergyContext;
}

/** A state learned from the same happenings on each of these days (days of November 2026). */
export function learnedOver(days: readonly number[], happenings: readonly Happening[], from: ReceptivityState = emptyReceptivity()): ReceptivityState {
  let state = from;
  for (const day of days) {
    for (const { kind, hour, takenUp, energy } of [...happenings].sort((a, b) => a.hour - b.hour)) {
      const time = on(day, hour);
      const context = contextAt(kind, time, energy);
      state = updateReceptivity(state, { type: 'moment', context, day: dayKey(time, DAY_STARTS) }, time);
      if (takenUp !== undefined) state = updateReceptivity(state, { type: 'outcome', context, takenUp }, time);
    }
  }
  return state;
}

/** Weekdays of November 2026, from the 2nd. */
export const WEEKDAYS_OF_NOVEMBER = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27];

/** A source of numbers that always gives the same one: above the exploration share, it never explores. */
export const always = (value: number) => () => value;
