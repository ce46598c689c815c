import type { Nudge } from './nudge';

/**
 * Expected versus actual. People expect reaching out to feel more awkward than it does
 * (Kumar & Epley 2018), and that expectation is what stops them; their own answers, over
 * a few notes, can show them otherwise. Both questions are optional, one tap each.
 */
export type Awkwardness = 1 | 2 | 3 | 4 | 5;
export const AWKWARDNESS: readonly Awkwardness[] = [1, 2, 3, 4, 5];

/** Only after this many answered pairs does the popup say anything. */
export const PAIRS_BEFORE_INSIGHT = 3;

/**
 * - `easier`: most notes felt easier than expected ("7 of 9 times").
 * - `gently`: not most; said kindly and with no numbers, never as a score.
 */
export type ExpectationInsight = { kind: 'easier'; easier: number; pairs: number } | { kind: 'gently' };

export function expectationInsight(nudges: readonly Pick<Nudge, 'status' | 'expectedAwkward' | 'actualAwkward'>[]): ExpectationInsight | undefined {
  const pairs = nudges.flatMap((n) =>
    n.status === 'sent' && n.expectedAwkward !== undefined && n.actualAwkward !== undefined ? [{ expected: n.expectedAwkward, actual: n.actualAwkward }] : [],
  );
  if (pairs.length < PAIRS_BEFORE_INSIGHT) return undefined;
  const easier = pairs.filter((pair) => pair.actual < pair.expected).length;
  return easier * 2 > pairs.length ? { kind: 'easier', easier, pairs: pairs.length } : { kind: 'gently' };
}
