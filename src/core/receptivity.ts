import { counted, decayFactor, EMPTY_TALLY, evidenceOf, logistic, logit, posterior, posteriorMean, sampleBeta, scaled, type Tally } from './beta';
import type { MomentContext, DayPart, EnergyContext, WeekPart } from './moment-context';
import type { MomentKind } from './moments';
import type { Random } from './random';

/**
 * What has been learned about when this person welcomes a card: for cards shown, how
 * often they were taken up (a note written or sent, an idea done) or let go (Not now, Low
 * energy today, or left unanswered), by context; and how many moments come when, so that
 * a card can be kept for a better moment later the same day. Plain JSON, updated one
 * event at a time; its size does not grow with the history.
 *
 * Each card's outcome is counted at four levels — all moments, the kind of site, the kind
 * on weekdays or at the weekend, and that with the part of the day — and an estimate for a
 * context borrows from the level above it when its own evidence is thin (a Beta prior
 * centred on the parent's estimate). Today's energy shifts the estimate for each kind of
 * site (on a low day messages may still suit while email does not).
 */
export interface ReceptivityState {
  /** When the counts were last brought up to date; they decay from here. */
  readonly at: number;
  readonly outcomes: Readonly<Partial<Record<OutcomeKey, Tally>>>;
  /** Moments where a card could have come, by kind, week part and part of the day. */
  readonly moments: Readonly<Partial<Record<CellKey, number>>>;
  /** Days on which such moments came, by week part: with `moments`, how many a day to expect. */
  readonly days: Readonly<Record<WeekPart, number>>;
  /** The person's day of the latest moment counted ("" before the first). */
  readonly lastDay: string;
}

export type CellKey = `${MomentKind}|${WeekPart}|${DayPart}`;
export type OutcomeKey = 'all' | MomentKind | `${MomentKind}|${WeekPart}` | CellKey | `${MomentKind}|${EnergyContext}`;

export type ReceptivityEvent =
  /** A moment where the pacing rules allowed a card, whether one came or not. */
  | { readonly type: 'moment'; readonly context: MomentContext; readonly day: string }
  /** What became of a card shown on a routine moment. */
  | { readonly type: 'outcome'; readonly context: MomentContext; readonly takenUp: boolean };

/** Before anything is known, a card is taken up about this often, held as this many observations. */
export const PRIOR_TAKE_UP = 0.3;
const PRIOR_STRENGTH = 2;
/** How many observations' worth a context borrows from the level above it. */
export const BORROWED_STRENGTH = 4;

export function emptyReceptivity(): ReceptivityState {
  return { at: 0, outcomes: {}, moments: {}, days: { weekday: 0, weekend: 0 }, lastDay: '' };
}

export const cellKey = (kind: MomentKind, weekPart: WeekPart, dayPart: DayPart): CellKey => `${kind}|${weekPart}|${dayPart}`;

function outcomeKeys({ kind, weekPart, dayPart, energy }: MomentContext): OutcomeKey[] {
  return ['all', kind, `${kind}|${weekPart}`, cellKey(kind, weekPart, dayPart), `${kind}|${energy}`];
}

/** The state with every count aged to `now`; the clock never runs it backwards. */
function agedTo(state: ReceptivityState, now: number): ReceptivityState {
  if (now <= state.at) return state;
  const factor = decayFactor(state.at, now);
  const outcomes: Partial<Record<OutcomeKey, Tally>> = {};
  for (const [key, tally] of Object.entries(state.outcomes) as [OutcomeKey, Tally][]) outcomes[key] = scaled(tally, factor);
  const moments: Partial<Record<CellKey, number>> = {};
  for (const [key, count] of Object.entries(state.moments) as [CellKey, number][]) moments[key] = count * factor;
  const days = { weekday: state.days.weekday * factor, weekend: state.days.weekend * factor };
  return { ...state, at: now, outcomes, moments, days };
}

export function updateReceptivity(state: ReceptivityState, event: ReceptivityEvent, now: number): ReceptivityState {
  const aged = agedTo(state, now);
  const { kind, weekPart, dayPart } = event.context;
  if (event.type === 'moment') {
    const key = cellKey(kind, weekPart, dayPart);
    const newDay = event.day !== aged.lastDay;
    return {
      ...aged,
      moments: { ...aged.moments, [key]: (aged.moments[key] ?? 0) + 1 },
      days: newDay ? { ...aged.days, [weekPart]: aged.days[weekPart] + 1 } : aged.days,
      lastDay: event.day,
    };
  }
  const outcomes = { ...aged.outcomes };
  for (const key of outcomeKeys(event.context)) outcomes[key] = counted(outcomes[key] ?? EMPTY_TALLY, event.takenUp);
  return { ...aged, outcomes };
}

/**
 * Reads the state as it stands at one moment: estimates of take-up for any context of
 * today's week part and energy, and how many moments a day to expect where.
 */
export interface ReceptivityView {
  /** Decayed count of cards whose outcome is known. */
  readonly cardsLearned: number;
  /** Decayed count of days with moments of this week part. */
  readonly daysSeen: number;
  /** Take-up over all contexts. */
  readonly overall: number;
  tally(key: OutcomeKey): Tally;
  /** Expected take-up in this context. */
  mean(kind: MomentKind, dayPart: DayPart): number;
  /** One plausible take-up in this context, drawn from what is known (Thompson sampling). */
  sample(kind: MomentKind, dayPart: DayPart, random: Random): number;
  /** Moments a day to expect in this context. */
  momentsPerDay(kind: MomentKind, dayPart: DayPart): number;
}

export function viewReceptivity(state: ReceptivityState, weekPart: WeekPart, energy: EnergyContext, now: number): ReceptivityView {
  const factor = decayFactor(state.at, now);
  const tally = (key: OutcomeKey) => scaled(state.outcomes[key] ?? EMPTY_TALLY, factor);
  const overall = posteriorMean(tally('all'), PRIOR_TAKE_UP, PRIOR_STRENGTH);
  const byKind = new Map<MomentKind, { parent: number; shift: number }>();
  const kindLevel = (kind: MomentKind) => {
    let known = byKind.get(kind);
    if (!known) {
      const ofKind = posteriorMean(tally(kind), overall, BORROWED_STRENGTH);
      const withEnergy = posteriorMean(tally(`${kind}|${energy}`), ofKind, BORROWED_STRENGTH);
      known = { parent: posteriorMean(tally(`${kind}|${weekPart}`), ofKind, BORROWED_STRENGTH), shift: logit(withEnergy) - logit(ofKind) };
      byKind.set(kind, known);
    }
    return known;
  };
  const cell = (kind: MomentKind, dayPart: DayPart) => {
    const { parent, shift } = kindLevel(kind);
    return { ...posterior(tally(cellKey(kind, weekPart, dayPart)), parent, BORROWED_STRENGTH), shift };
  };
  const days = state.days[weekPart] * factor;
  return {
    cardsLearned: evidenceOf(tally('all')),
    daysSeen: days,
    overall,
    tally,
    mean(kind, dayPart) {
      const { a, b, shift } = cell(kind, dayPart);
      return logistic(logit(a / (a + b)) + shift);
    },
    sample(kind, dayPart, random) {
      const { a, b, shift } = cell(kind, dayPart);
      return logistic(logit(clampProbability(sampleBeta(a, b, random))) + shift);
    },
    momentsPerDay(kind, dayPart) {
      return days > 0 ? ((state.moments[cellKey(kind, weekPart, dayPart)] ?? 0) * factor) / days : 0;
    },
  };
}

/** A draw of exactly 0 or 1 would make its log-odds infinite. */
function clampProbability(p: number): number {
  return Math.min(1 - 1e-9, Math.max(1e-9, p));
}
