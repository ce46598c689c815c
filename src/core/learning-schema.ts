import * as v from 'valibot';
import type { LearnedState } from './learning';
import { CONTEXT_KEYS, ENERGY_KEYS } from './receptivity';
import { day, timestamp, type Same } from './schema-parts';
import { TEMPLATE_KINDS } from './templates';

/**
 * What a stored or imported learned state must look like: a file edited by hand, or one
 * from another version, is refused whole rather than half-read, and then learning starts
 * again from nothing.
 */

/** Far more than decayed counts ever reach (about 30 times the observations of a day). */
export const MOST_COUNTED = 1_000_000;

const amount = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MOST_COUNTED));
const tally = v.strictObject({ yes: amount, no: amount });

const receptivitySchema = v.strictObject({
  at: timestamp,
  outcomes: v.record(v.picklist(CONTEXT_KEYS), tally),
  withEnergy: v.record(v.picklist(ENERGY_KEYS), tally),
  moments: v.record(v.picklist(CONTEXT_KEYS), amount),
  days: v.strictObject({ weekday: amount, weekend: amount }),
  lastDay: v.union([v.literal(''), day]),
});

const ideasSchema = v.strictObject({
  at: timestamp,
  kinds: v.record(v.picklist(TEMPLATE_KINDS), tally),
  all: tally,
});

export const learnedStateSchema = v.strictObject({
  version: v.literal(1),
  learnedThrough: timestamp,
  receptivity: receptivitySchema,
  ideas: ideasSchema,
});

// Stops compiling when the state and its schema drift apart.
const schemaMatchesState: Same<v.InferOutput<typeof learnedStateSchema>, DeepMutable<LearnedState>> = true;
void schemaMatchesState;

type DeepMutable<T> = { -readonly [K in keyof T]: T[K] extends object ? DeepMutable<T[K]> : T[K] };

export type LearnedStateReading = { ok: true; state: LearnedState } | { ok: false; field: string };

/** A learned state read from storage or a file, or the first place where it is wrong. */
export function readLearnedState(value: unknown): LearnedStateReading {
  const result = v.safeParse(learnedStateSchema, value);
  if (result.success) return { ok: true, state: result.output };
  return { ok: false, field: v.getDotPath(result.issues[0]) ?? '' };
}
