import type { Random } from './random';
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

/** One draw from Beta(a, b): the heart of Thompson sampling. */
export function sampleBeta(a: number, b: number, random: Random): number {
  const x = sampleGamma(a, random);
  const y = sampleGamma(b, random);
  return x + y === 0 ? a / (a + b) : x / (x + y);
}

/** Marsaglia and Tsang's method; a shape below one is lifted by one and scaled back. */
function sampleGamma(shape: number, random: Random): number {
  if (shape < 1) return sampleGamma(shape + 1, random) * Math.pow(openUnit(random), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = standardNormal(random);
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    const u = openUnit(random);
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Box–Muller. */
function standardNormal(random: Random): number {
  return Math.sqrt(-2 * Math.log(openUnit(random))) * Math.cos(2 * Math.PI * random());
}

/** A number in (0, 1): a logarithm of zero would be minus infinity. */
function openUnit(random: Random): number {
  return 1 - random();
}

export const logit = (p: number): number => Math.log(p / (1 - p));
export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
