import type { HeavyState } from './heavy';
import type { QuietState } from './settings';

/**
 * What the rituals due today may say outside the popup. The toolbar's soft dot (and its
 * title) says only what the popup shows: never on a day that leads with support, where
 * the popup puts rituals aside, nor while the person rests. A system notification speaks
 * up unasked, so it waits for a day open to it: not while resting or paused, not on a day
 * of rest, not after a hello that felt heavier today.
 */
export interface RitualSignalInput {
  /** How many rituals are due now. */
  readonly due: number;
  readonly quiet: QuietState['kind'];
  /** Today is one of the person's rest days. */
  readonly restDay: boolean;
  readonly heavy: HeavyState;
}

export interface RitualSignal {
  /** The soft dot, and the title saying a ritual is here today. */
  readonly dot: boolean;
  /** A notification, if the person turned them on. */
  readonly notify: boolean;
}

export function ritualSignal({ due, quiet, restDay, heavy }: RitualSignalInput): RitualSignal {
  const listed = due > 0 && heavy !== 'support-first';
  return { dot: listed && quiet !== 'resting', notify: listed && quiet === 'none' && !restDay && heavy === 'none' };
}
