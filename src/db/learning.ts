import { emptyLearning, learnSettled, updateLearning, type LearnedState } from '../core/learning';
import { readLearnedState } from '../core/learning-schema';
import type { MomentContext } from '../core/moment-context';
import { db } from './database';
import { nudgesSince } from './nudges';

/**
 * The one row of what was learned (core/learning.ts). It is updated as things happen, a
 * moment or a settled card at a time, never rebuilt from the whole history. Callers that
 * write run inside a transaction that includes `db.learning` and `db.nudges`.
 */

/** What was learned; nothing, if the row is missing or not what it should be. */
export async function readLearning(): Promise<LearnedState> {
  const row = await db.learning.get('learning');
  const reading = readLearnedState(row?.state);
  return reading.ok ? reading.state : emptyLearning();
}

async function keep(state: LearnedState): Promise<void> {
  await db.learning.put({ key: 'learning', state });
}

/** Learns from the cards settled since the last time, each once, and returns the state now. */
export async function learnUpTo(now: number, dayStartsAtMinutes: number): Promise<LearnedState> {
  const state = await readLearning();
  const next = learnSettled(state, await nudgesSince(state.learnedThrough + 1), now, dayStartsAtMinutes);
  if (next !== state) await keep(next);
  return next;
}

/** A routine moment came (see core/card-timing.ts `countsAsMoment`): when moments come is learned too. */
export async function learnMoment(state: LearnedState, context: MomentContext, day: string, now: number): Promise<LearnedState> {
  const next = updateLearning(state, { type: 'moment', context, day }, now);
  await keep(next);
  return next;
}

/** Forget what was learned: nothing from before now is learned again. */
export async function forgetLearning(now: number): Promise<void> {
  await db.transaction('rw', db.learning, () => keep(emptyLearning(now)));
}

/** A learned state brought back from a file, whole (checked by the import). */
export async function restoreLearning(state: LearnedState): Promise<void> {
  await keep(state);
}
