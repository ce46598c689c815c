import { MOMENT_KINDS } from './moments';
import { DAY_PARTS, dayPartsAhead, type MomentContext } from './moment-context';
import type { Decision, SkipReason } from './policy';
import type { Random } from './random';
import { viewReceptivity, type ReceptivityState, type ReceptivityView } from './receptivity';

/**
 * Whether this moment is a good one to spend one of today's few cards on. Asked only
 * after the pacing rules (core/policy.ts) allow a card, it can only hold a card back, to
 * keep it for a moment later today where this person more often takes one up; it never
 * adds a card. It holds nothing back until enough is known, and a share of moments gets a
 * card whatever was learned, so that no context ever goes silent for good.
 */
export type SpendDecision =
  | { readonly spend: true; readonly because: 'still-learning' | 'exploring' | 'good-moment' }
  | { readonly spend: false; readonly because: 'no-cards-left' | 'better-moment-ahead' };

export interface SpendInput {
  readonly context: MomentContext;
  /** Cards the daily cap still allows today. */
  readonly cardsLeftToday: number;
  readonly now: number;
  readonly dayStartsAtMinutes: number;
  readonly random: Random;
}

/** At least this share of moments the pacing rules allow gets a card, in any context. */
export const EXPLORE_SHARE = 0.1;
/** No card is held back before this many cards' outcomes (decayed) are known… */
export const CARDS_BEFORE_LEARNING = 10;
/** …nor before moments have been seen on this many days of today's kind (weekday or weekend). */
export const DAYS_BEFORE_LEARNING = 3;
/**
 * A card is kept for later only when at least this many better moments per card left are
 * expected later today: some of them will fall in the gap after another card, or not come.
 */
export const BETTER_MOMENTS_PER_CARD = 0.6;

/**
 * The moments learning counts, to know when moments come: every one the pacing rules
 * alone kept from a card (a card just shown, today's cards spent, this site's card used),
 * as well as those that could have had one. Moments the person quieted (a rest, a snooze,
 * hours, a site switched off) are theirs, and not counted.
 */
const PACING: readonly SkipReason[] = ['already-showing', 'moment-already-used-today', 'daily-cap', 'cooldown'];

export function countsAsMoment(decision: Decision): boolean {
  return decision.show || PACING.includes(decision.reason);
}

export function shouldSpendCard(state: ReceptivityState, input: SpendInput): SpendDecision {
  return spendGiven(viewReceptivity(state, input.context.weekPart, input.context.energy, input.now), input);
}

/** What the decision reads of what is known: the same rule can be asked with the truth, to measure it. */
export type TimingView = Pick<ReceptivityView, 'cardsLearned' | 'daysSeen' | 'mean' | 'momentsPerDay'>;

export function spendGiven(view: TimingView, input: SpendInput): SpendDecision {
  const { context, cardsLeftToday, now, random } = input;
  if (cardsLeftToday <= 0) return { spend: false, because: 'no-cards-left' };
  if (view.cardsLearned < CARDS_BEFORE_LEARNING || view.daysSeen < DAYS_BEFORE_LEARNING) return { spend: true, because: 'still-learning' };
  if (random() < EXPLORE_SHARE) return { spend: true, because: 'exploring' };
  const here = view.mean(context.kind, context.dayPart);
  const ahead = dayPartsAhead(now, input.dayStartsAtMinutes);
  let betterAhead = 0;
  for (const kind of MOMENT_KINDS) {
    for (const dayPart of DAY_PARTS) {
      const expected = view.momentsPerDay(kind, dayPart) * ahead[dayPart];
      if (expected > 0 && view.mean(kind, dayPart) > here) betterAhead += expected;
    }
  }
  return betterAhead >= BETTER_MOMENTS_PER_CARD * cardsLeftToday ? { spend: false, because: 'better-moment-ahead' } : { spend: true, because: 'good-moment' };
}
