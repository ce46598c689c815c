import { BETTER_MOMENTS_PER_CARD, countsAsMoment, EXPLORE_SHARE, shouldSpendCard } from '../../../src/core/card-timing';
import { seededRandom } from '../../../src/core/random';
import type { ReceptivityState } from '../../../src/core/receptivity';
import { always, contextAt, DAY_STARTS, learnedOver, on, WEEKDAYS_OF_NOVEMBER, type Happening } from '../../support/learning';

/** Monday 30 November, after four weeks in which morning emails were let go and evening messages taken up. */
const HABITS: readonly Happening[] = [
  { kind: 'email', hour: 9, takenUp: false },
  { kind: 'email', hour: 10 },
  { kind: 'email', hour: 11 },
  { kind: 'messages', hour: 19, takenUp: true },
  { kind: 'messages', hour: 20 },
];
const learned = learnedOver(WEEKDAYS_OF_NOVEMBER, HABITS);
const NOT_EXPLORING = always(0.99);

const decide = (state: ReceptivityState, kind: 'email' | 'messages', time: number, cardsLeftToday = 2, random = NOT_EXPLORING) =>
  shouldSpendCard(state, { context: contextAt(kind, time), cardsLeftToday, now: time, dayStartsAtMinutes: DAY_STARTS, random });

describe('whether to spend one of today’s cards here', () => {
  it('keeps a card back where cards are let go, when welcome moments usually come later today', () => {
    expect(decide(learned, 'email', on(30, 9))).toEqual({ spend: false, because: 'better-moment-ahead' });
  });

  it('spends it where cards are taken up', () => {
    expect(decide(learned, 'messages', on(30, 19))).toEqual({ spend: true, because: 'good-moment' });
  });

  it('spends it even where cards are let go when nothing better is likely to come today', () => {
    expect(decide(learned, 'email', on(30, 21, 30), 1)).toEqual({ spend: true, because: 'good-moment' });
  });

  it('keeps one of two cards back only with more better moments ahead than for the last one', () => {
    // One welcome moment an evening: enough to wait for with one card left, not with two.
    const oneEvening = learnedOver(
      WEEKDAYS_OF_NOVEMBER,
      HABITS.filter((happening) => happening.hour !== 20),
    );
    expect(BETTER_MOMENTS_PER_CARD).toBeLessThan(1);
    expect(decide(oneEvening, 'email', on(30, 9), 1).spend).toBe(false);
    expect(decide(oneEvening, 'email', on(30, 9), 2)).toEqual({ spend: true, because: 'good-moment' });
  });

  it('keeps nothing back while too little is known', () => {
    const twoDays = learnedOver([23, 24], HABITS);
    expect(decide(twoDays, 'email', on(25, 9))).toEqual({ spend: true, because: 'still-learning' });
    const fewCards = learnedOver([2, 3, 4, 5], HABITS);
    expect(decide(fewCards, 'email', on(6, 9))).toEqual({ spend: true, because: 'still-learning' });
  });

  it('never spends a card the daily cap does not allow, even at the best moment', () => {
    expect(decide(learned, 'messages', on(30, 19), 0)).toEqual({ spend: false, because: 'no-cards-left' });
  });

  it('still gives a card at a share of moments in the worst context, however sure it is', () => {
    const sure = learnedOver([...WEEKDAYS_OF_NOVEMBER, 30].slice(-10), HABITS, learned);
    const random = seededRandom('exploring');
    const decisions = Array.from({ length: 2000 }, () => decide(sure, 'email', on(30, 9), 2, random));
    const spent = decisions.filter((decision) => decision.spend);
    expect(spent.every((decision) => decision.spend && decision.because === 'exploring')).toBe(true);
    expect(spent.length / decisions.length).toBeGreaterThan(0.05);
    expect(spent.length / decisions.length).toBeCloseTo(EXPLORE_SHARE, 1);
  });
});

describe('the moments learning counts', () => {
  it('are those the pacing rules alone kept from a card, and those that could have had one', () => {
    expect(countsAsMoment({ show: true })).toBe(true);
    for (const reason of ['cooldown', 'daily-cap', 'moment-already-used-today', 'already-showing'] as const) {
      expect(countsAsMoment({ show: false, reason })).toBe(true);
    }
  });

  it('leave out the moments the person quieted', () => {
    for (const reason of ['muted-today', 'snoozed', 'outside-active-hours', 'disabled-moment', 'rest-day', 'private-window', 'heavy-day'] as const) {
      expect(countsAsMoment({ show: false, reason })).toBe(false);
    }
  });
});
