import { fitAdditive } from './additive-fit';
import { counted, decayFactor, EMPTY_TALLY, evidenceOf, logistic, logit, posteriorMean, scaled, type Tally } from './beta';
import { DAY_PARTS, ENERGY_CONTEXTS, WEEK_PARTS, type DayPart, type EnergyContext, type MomentContext, type WeekPart } from './moment-context';
import { MOMENT_KINDS, type MomentKind } from './moments';

/**
 * What has been learned about when this person welcomes a card: how often cards were
 * taken up (a note written or sent, an idea done) or let go (Not now, Low energy today,
 * or left unanswered), by context; and how many moments come when, so that a card can be
 * kept for a better moment later the same day. Plain JSON, updated one event at a time;
 * its size does not grow with the history.
 *
 * Each card's outcome is counted once by its context (kind of site, weekday or weekend,
 * part of the day) and once by its kind of site with the day's energy. A context's
 * estimate starts from what its parts say together (additive-fit.ts: email is welcome,
 * mornings are welcome) and follows its own counts as they grow, as a Beta prior centred
 * there; today's energy then shifts it, for each kind of site as its counts say.
 */
export interface ReceptivityState {
  /** When the counts were last brought up to date; they decay from here. */
  readonly at: number;
  readonly outcomes: Readonly<Partial<Record<ContextKey, Tally>>>;
  readonly withEnergy: Readonly<Partial<Record<EnergyKey, Tally>>>;
  /** Moments in the active hours, with a card or without (see card-timing.ts `countsAsMoment`). */
  readonly moments: Readonly<Partial<Record<ContextKey, number>>>;
  /** Days on which such moments came, by week part: with `moments`, how many a day to expect. */
  readonly days: Readonly<Record<WeekPart, number>>;
  /** The person's day of the latest moment counted ("" before the first). */
  readonly lastDay: string;
}

export type ContextKey = `${MomentKind}|${WeekPart}|${DayPart}`;
export type EnergyKey = `${MomentKind}|${EnergyContext}`;

export type ReceptivityEvent =
  /** A moment in the active hours, whether a card came or not (see card-timing.ts `countsAsMoment`). */
  | { readonly type: 'moment'; readonly context: MomentContext; readonly day: string }
  /** What became of a card shown on a routine moment. */
  | { readonly type: 'outcome'; readonly context: MomentContext; readonly takenUp: boolean };

/** Before anything is known, a card is taken up about this often, held as this many observations. */
export const PRIOR_TAKE_UP = 0.3;
const PRIOR_STRENGTH = 2;
/** How many observations' worth a context borrows from what is known around it. */
export const BORROWED_STRENGTH = 8;

export const contextKey = (kind: MomentKind, weekPart: WeekPart, dayPart: DayPart): ContextKey => `${kind}|${weekPart}|${dayPart}`;
export const energyKey = (kind: MomentKind, energy: EnergyContext): EnergyKey => `${kind}|${energy}`;

const CONTEXTS = MOMENT_KINDS.flatMap((kind) => WEEK_PARTS.flatMap((weekPart) => DAY_PARTS.map((dayPart) => ({ kind, weekPart, dayPart }))));
export const CONTEXT_KEYS: readonly ContextKey[] = CONTEXTS.map(({ kind, weekPart, dayPart }) => contextKey(kind, weekPart, dayPart));
const CONTEXT_INDEX = new Map(CONTEXT_KEYS.map((key, index) => [key, index]));
export const ENERGY_KEYS: readonly EnergyKey[] = MOMENT_KINDS.flatMap((kind) => ENERGY_CONTEXTS.map((energy) => energyKey(kind, energy)));

export function emptyReceptivity(): ReceptivityState {
  return { at: 0, outcomes: {}, withEnergy: {}, moments: {}, days: { weekday: 0, weekend: 0 }, lastDay: '' };
}

function scaledAll<K extends string, V>(record: Readonly<Partial<Record<K, V>>>, scale: (value: V) => V): Partial<Record<K, V>> {
  const result: Partial<Record<K, V>> = {};
  for (const [key, value] of Object.entries(record) as [K, V][]) result[key] = scale(value);
  return result;
}

/** The state with every count aged to `now`; the clock never runs it backwards. */
function agedTo(state: ReceptivityState, now: number): ReceptivityState {
  if (now <= state.at) return state;
  const factor = decayFactor(state.at, now);
  return {
    ...state,
    at: now,
    outcomes: scaledAll(state.outcomes, (tally) => scaled(tally, factor)),
    withEnergy: scaledAll(state.withEnergy, (tally) => scaled(tally, factor)),
    moments: scaledAll(state.moments, (count) => count * factor),
    days: { weekday: state.days.weekday * factor, weekend: state.days.weekend * factor },
  };
}

export function updateReceptivity(state: ReceptivityState, event: ReceptivityEvent, now: number): ReceptivityState {
  const aged = agedTo(state, now);
  const { kind, weekPart, dayPart, energy } = event.context;
  const key = contextKey(kind, weekPart, dayPart);
  if (event.type === 'moment') {
    const newDay = event.day !== aged.lastDay;
    return {
      ...aged,
      moments: { ...aged.moments, [key]: (aged.moments[key] ?? 0) + 1 },
      days: newDay ? { ...aged.days, [weekPart]: aged.days[weekPart] + 1 } : aged.days,
      lastDay: event.day,
    };
  }
  const withKey = energyKey(kind, energy);
  return {
    ...aged,
    outcomes: { ...aged.outcomes, [key]: counted(aged.outcomes[key] ?? EMPTY_TALLY, event.takenUp) },
    withEnergy: { ...aged.withEnergy, [withKey]: counted(aged.withEnergy[withKey] ?? EMPTY_TALLY, event.takenUp) },
  };
}

/** Some parts of a context; what is left out stands for all (`{ kind: 'email' }` is email at any time). */
export interface ContextParts {
  readonly kind?: MomentKind;
  readonly weekPart?: WeekPart;
  readonly dayPart?: DayPart;
}

/**
 * The state read at one moment, for today's week part and energy: expected take-up for
 * each kind of site and part of the day, and how many moments a day to expect there.
 */
export interface ReceptivityView {
  /** Cards whose outcome is known (decayed). */
  readonly cardsLearned: number;
  /** Days with moments of today's week part (decayed). */
  readonly daysSeen: number;
  /** Take-up over every context. */
  readonly overall: number;
  /** The cards taken up and let go (decayed) in every context with these parts. */
  counts(parts: ContextParts): Tally;
  mean(kind: MomentKind, dayPart: DayPart): number;
  momentsPerDay(kind: MomentKind, dayPart: DayPart): number;
}

export function viewReceptivity(state: ReceptivityState, weekPart: WeekPart, energy: EnergyContext, now: number): ReceptivityView {
  const factor = decayFactor(state.at, now);
  const tallies = CONTEXTS.map((context, index) => ({ ...context, tally: scaled(state.outcomes[CONTEXT_KEYS[index] as ContextKey] ?? EMPTY_TALLY, factor) }));
  const counts = ({ kind, weekPart: week, dayPart }: ContextParts): Tally =>
    tallies
      .filter((c) => (kind === undefined || c.kind === kind) && (week === undefined || c.weekPart === week) && (dayPart === undefined || c.dayPart === dayPart))
      .reduce((sum, c) => ({ yes: sum.yes + c.tally.yes, no: sum.no + c.tally.no }), EMPTY_TALLY);
  const all = counts({});
  const overall = posteriorMean(all, PRIOR_TAKE_UP, PRIOR_STRENGTH);
  // Fitted only once an estimate is asked for: a decision that needs none costs nothing.
  let fitted: number[] | undefined;
  const fromParts = () =>
    (fitted ??= fitAdditive(
      tallies.map((c) => ({ levels: [c.kind, c.weekPart, c.dayPart], tally: c.tally })),
      overall,
      BORROWED_STRENGTH,
    ));
  // Today's energy moves the log-odds alike everywhere, and each kind of site apart from
  // that once its own counts say so (on a low day a message may still suit, an email not).
  const withEnergy = (kind: MomentKind) => scaled(state.withEnergy[energyKey(kind, energy)] ?? EMPTY_TALLY, factor);
  const shift = (tally: Tally, from: number) => logit(posteriorMean(tally, from, BORROWED_STRENGTH)) - logit(from);
  let energyEffects: Map<MomentKind, number> | undefined;
  const energyEffectOn = (kind: MomentKind) => {
    if (!energyEffects) {
      const energyTally = MOMENT_KINDS.map(withEnergy).reduce((sum, t) => ({ yes: sum.yes + t.yes, no: sum.no + t.no }), EMPTY_TALLY);
      const everywhere = shift(energyTally, overall);
      energyEffects = new Map(
        MOMENT_KINDS.map((each) => {
          const ofKind = posteriorMean(counts({ kind: each }), overall, BORROWED_STRENGTH);
          return [each, everywhere + shift(withEnergy(each), logistic(logit(ofKind) + everywhere))];
        }),
      );
    }
    return energyEffects.get(kind) ?? 0;
  };
  const days = state.days[weekPart] * factor;
  return {
    cardsLearned: evidenceOf(all),
    daysSeen: days,
    overall,
    counts,
    mean(kind, dayPart) {
      const index = CONTEXT_INDEX.get(contextKey(kind, weekPart, dayPart)) ?? -1;
      const own = posteriorMean(tallies[index]?.tally ?? EMPTY_TALLY, logistic(fromParts()[index] ?? 0), BORROWED_STRENGTH);
      return logistic(logit(own) + energyEffectOn(kind));
    },
    momentsPerDay(kind, dayPart) {
      return days > 0 ? ((state.moments[contextKey(kind, weekPart, dayPart)] ?? 0) * factor) / days : 0;
    },
  };
}
