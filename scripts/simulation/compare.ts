import { seededRandom, type Random } from '../../src/core/random';
import { DIFFERENT_CONTEXTS, simulatedPerson, type World } from './people';
import { POLICIES, simulatePerson, type PersonOutcome, type PolicyName, type WeeklyCards } from './run';

/**
 * Today's fixed policy against the learned one over a population of simulated people:
 * cards shown, cards taken up per card shown, and the learned policy's uplift with a
 * bootstrap confidence interval over people.
 */
export interface SimulationOptions {
  readonly people: number;
  readonly weeks: number;
  readonly seed: string;
  readonly world?: World;
  /** A Monday, local time, with no clock change in the weeks that follow. */
  readonly start?: Date;
}

export interface PolicySummary {
  readonly shownPerPersonWeek: number;
  readonly takenUpPerPersonWeek: number;
  readonly takenUpPerShown: number;
}

export interface Comparison {
  readonly policies: Record<PolicyName, PolicySummary>;
  /** Take-up per card shown of the learned policy over the fixed one's, minus one. */
  readonly uplift: number;
  readonly upliftInterval: readonly [low: number, high: number];
  /** The same for the policy that knows each person's habits: what the rule could reach. */
  readonly knowingUplift: number;
  /** People to whom the learned policy showed more cards than the fixed one. */
  readonly peopleShownMore: number;
  readonly weekly: readonly WeekRates[];
}

/** Take-up per card shown in one week (1-based), by policy. */
export type WeekRates = { readonly week: number } & Record<PolicyName, number>;

/** Monday 2 November 2026: twelve weeks on, no clock change in Europe. */
export const SIMULATION_START = new Date(2026, 10, 2);
const BOOTSTRAP_SAMPLES = 2000;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export function simulatePopulation(options: SimulationOptions, changeOnDay?: number): PersonOutcome[] {
  return Array.from({ length: options.people }, (_, index) => {
    const name = `${options.seed}:person-${index}`;
    const person = simulatedPerson(name, options.world ?? DIFFERENT_CONTEXTS, seededRandom(name), changeOnDay);
    return simulatePerson(person, options.start ?? SIMULATION_START, options.weeks, name);
  });
}

function totals(outcomes: readonly PersonOutcome[], policy: PolicyName): { shown: number; takenUp: number } {
  return {
    shown: sum(outcomes.map((outcome) => sum(outcome[policy].shown))),
    takenUp: sum(outcomes.map((outcome) => sum(outcome[policy].takenUp))),
  };
}

function summary(outcomes: readonly PersonOutcome[], policy: PolicyName, weeks: number): PolicySummary {
  const { shown, takenUp } = totals(outcomes, policy);
  const personWeeks = outcomes.length * weeks;
  return { shownPerPersonWeek: shown / personWeeks, takenUpPerPersonWeek: takenUp / personWeeks, takenUpPerShown: takenUp / shown };
}

function uplift(outcomes: readonly PersonOutcome[], policy: PolicyName = 'learned'): number {
  const fixed = totals(outcomes, 'fixed');
  const other = totals(outcomes, policy);
  return other.takenUp / other.shown / (fixed.takenUp / fixed.shown) - 1;
}

/** The 2.5th and 97.5th percentiles of the uplift over people drawn again with replacement. */
function bootstrapInterval(outcomes: readonly PersonOutcome[], random: Random): [number, number] {
  const uplifts = Array.from({ length: BOOTSTRAP_SAMPLES }, () =>
    uplift(Array.from({ length: outcomes.length }, () => outcomes[Math.floor(random() * outcomes.length)] as PersonOutcome)),
  ).sort((a, b) => a - b);
  return [uplifts[Math.floor(0.025 * BOOTSTRAP_SAMPLES)] ?? NaN, uplifts[Math.floor(0.975 * BOOTSTRAP_SAMPLES)] ?? NaN];
}

export function compare(options: SimulationOptions): Comparison {
  const outcomes = simulatePopulation(options);
  return {
    policies: Object.fromEntries(POLICIES.map((policy) => [policy, summary(outcomes, policy, options.weeks)])) as Record<PolicyName, PolicySummary>,
    uplift: uplift(outcomes),
    upliftInterval: bootstrapInterval(outcomes, seededRandom(`${options.seed}:bootstrap`)),
    knowingUplift: uplift(outcomes, 'knowing'),
    peopleShownMore: outcomes.filter((outcome) => sum(outcome.learned.shown) > sum(outcome.fixed.shown)).length,
    weekly: weeklyRates(outcomes, options.weeks),
  };
}

function weeklyRates(outcomes: readonly PersonOutcome[], weeks: number): WeekRates[] {
  const rate = (policy: PolicyName, week: number) => {
    const cards = (field: keyof WeeklyCards) => sum(outcomes.map((outcome) => outcome[policy][field][week] ?? 0));
    return cards('takenUp') / cards('shown');
  };
  return Array.from({ length: weeks }, (_, week) => ({
    week: week + 1,
    fixed: rate('fixed', week),
    learned: rate('learned', week),
    knowing: rate('knowing', week),
  }));
}

/** Take-up per card shown, week by week, for people whose habits turn round on the first day of `changeWeek` (1-based). */
export function habitChange(options: SimulationOptions & { readonly changeWeek: number }): WeekRates[] {
  return weeklyRates(simulatePopulation(options, (options.changeWeek - 1) * 7), options.weeks);
}
