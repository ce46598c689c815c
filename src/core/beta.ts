import { DAY_MS } from './time';

/**
 * Evidence for one yes-or-no question ("is a card taken up here?"), counted as a Beta
 * distribution: every observation adds one to `yes` or `no`, and older observations
 * weigh less (exponential decay), so a change of job or season is followed.
 */
export interface Tally {
  readonly yes: number;
  readonly no: number;
}

export const EMPTY_TALLY: Tally = { yes: 0, no: 0 };

/** An observation weighs half as much after this many days. */
export const HALF_LIFE_DAYS = 21;

/** How much weight evidence gathered at `since` keeps at `now`; never more than all of it. */
export function decayFactor(since: number, now: number): number {
  return now <= since ? 1 : 2 ** (-(now - since) / (HALF_LIFE_DAYS * DAY_MS));
}

export function scaled(tally: Tally, factor: number): Tally {
  return { yes: tally.yes * factor, no: tally.no * factor };
}

export function counted(tally: Tally, yes: boolean): Tally {
  return yes ? { yes: tally.yes + 1, no: tally.no } : { yes: tally.yes, no: tally.no + 1 };
}

export function evidenceOf(tally: Tally): number {
  return tally.yes + tally.no;
}

/**
 * The Beta posterior of a tally whose prior is `strength` observations at `priorMean`:
 * where there is little evidence the estimate stays near the prior.
 */
export function posterior(tally: Tally, priorMean: number, strength: number): { a: number; b: number } {
  return { a: tally.yes + strength * priorMean, b: tally.no + strength * (1 - priorMean) };
}

export function posteriorMean(tally: Tally, priorMean: number, strength: number): number {
  const { a, b } = posterior(tally, priorMean, strength);
  return a / (a + b);
}

export const logit = (p: number): number => Math.log(p / (1 - p));
export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
