import { logistic, logit, type Tally } from './beta';

/**
 * What the parts of a context say together: a logistic model in which each part (the kind
 * of site, weekday or weekend, the part of the day) adds its own effect to the log-odds of
 * take-up, fitted to the counts of every context at once. Fitting them together keeps one
 * part from taking credit for another's (if email comes mostly in the mornings, the
 * mornings are not praised for email). Each effect is held towards zero, so a little
 * evidence moves it a little: a normal prior with this precision on the log-odds scale.
 */
export const EFFECT_RESTRAINT = 0.5;
/** Rounds of fitting, each refitting every effect in turn: enough to settle for so few effects. */
const ROUNDS = 8;

export interface CountedContext {
  /** The parts of the context, one level per factor (e.g. ['email', 'weekday', 'morning']). */
  readonly levels: readonly string[];
  readonly tally: Tally;
}

/**
 * The fitted log-odds of every context, in the order given. `priorMean` is the take-up
 * assumed before any evidence, with `priorStrength` observations' weight.
 */
export function fitAdditive(contexts: readonly CountedContext[], priorMean: number, priorStrength: number): number[] {
  const intercept0 = logit(priorMean);
  const yes = contexts.map((context) => context.tally.yes);
  const seen = contexts.map((context) => context.tally.yes + context.tally.no);
  const current = contexts.map(() => intercept0);
  // Which contexts share each level: an effect is fitted to them together.
  const members = new Map<string, number[]>();
  contexts.forEach((context, index) => {
    for (const level of context.levels) {
      const indices = members.get(level);
      if (indices) indices.push(index);
      else members.set(level, [index]);
    }
  });
  const effects = new Map<string, number>();
  let intercept = intercept0;
  const all = contexts.map((_, index) => index);
  // One Newton step for a parameter shared by `indices`, held towards `centre` by `restraint`.
  const step = (indices: readonly number[], value: number, centre: number, restraint: number) => {
    let gradient = -restraint * (value - centre);
    let curvature = restraint;
    for (const index of indices) {
      const p = logistic(current[index] ?? 0);
      const n = seen[index] ?? 0;
      gradient += (yes[index] ?? 0) - n * p;
      curvature += n * p * (1 - p);
    }
    return gradient / curvature;
  };
  const move = (indices: readonly number[], change: number) => {
    for (const index of indices) current[index] = (current[index] ?? 0) + change;
  };
  for (let round = 0; round < ROUNDS; round++) {
    const change = step(all, intercept, intercept0, priorStrength * priorMean * (1 - priorMean));
    intercept += change;
    move(all, change);
    for (const [level, indices] of members) {
      const effect = effects.get(level) ?? 0;
      const levelChange = step(indices, effect, 0, EFFECT_RESTRAINT);
      effects.set(level, effect + levelChange);
      move(indices, levelChange);
    }
  }
  return current;
}
