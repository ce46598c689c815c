import { CARDS_BEFORE_LEARNING } from './card-timing';
import { posteriorMean } from './beta';
import type { DayPart, MomentContext, WeekPart } from './moment-context';
import type { MomentKind } from './moments';
import { BORROWED_STRENGTH, viewReceptivity, type ContextParts, type ReceptivityState } from './receptivity';

/**
 * What "Why now?" can say about this moment from what was learned: the most specific
 * description of it where this person has taken up cards several times, and at least as
 * often as anywhere ("You often write a hello in your email on weekday mornings."), or
 * nothing learned yet ("Small Hellos is still learning when suits you."). The words are
 * the locale's; this says which of them fit.
 */
export type WhyNow =
  { readonly learned: false } | { readonly learned: true; readonly kind?: MomentKind; readonly weekPart?: WeekPart; readonly dayPart?: DayPart };

/** A context is named only after this many cards (decayed) were taken up in it. */
export const TAKEN_UP_TO_SAY_OFTEN = 3;

export function whyNow(state: ReceptivityState, context: MomentContext, now: number): WhyNow {
  const view = viewReceptivity(state, context.weekPart, context.energy, now);
  if (view.cardsLearned < CARDS_BEFORE_LEARNING) return { learned: false };
  const { kind, weekPart, dayPart } = context;
  const candidates: readonly ContextParts[] = [{ kind, weekPart, dayPart }, { kind, dayPart }, { kind, weekPart }, { kind }, { dayPart }];
  for (const parts of candidates) {
    const counts = view.counts(parts);
    if (counts.yes >= TAKEN_UP_TO_SAY_OFTEN && posteriorMean(counts, view.overall, BORROWED_STRENGTH) >= view.overall) return { learned: true, ...parts };
  }
  return { learned: false };
}
