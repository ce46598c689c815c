import { HALF_LIFE_DAYS } from '../../../src/core/beta';
import { emptyReceptivity } from '../../../src/core/receptivity';
import { DAY_MS } from '../../../src/core/time';
import { whyNow } from '../../../src/core/why-now';
import { contextAt, learnedOver, on, WEEKDAYS_OF_NOVEMBER } from '../../support/learning';

const MONDAY_MORNING = on(30, 9);

describe('what Why now? can say', () => {
  it('says it is still learning before anything is known', () => {
    expect(whyNow(emptyReceptivity(), contextAt('email', MONDAY_MORNING), MONDAY_MORNING)).toEqual({ learned: false });
  });

  it('says it is still learning after only a few cards, even all taken up', () => {
    const state = learnedOver([23, 24, 25, 26], [{ kind: 'email', hour: 9, takenUp: true }]);
    expect(whyNow(state, contextAt('email', MONDAY_MORNING), MONDAY_MORNING)).toEqual({ learned: false });
  });

  it('names the moment exactly where hellos are often written then', () => {
    const state = learnedOver(WEEKDAYS_OF_NOVEMBER, [
      { kind: 'email', hour: 9, takenUp: true },
      { kind: 'social', hour: 20, takenUp: false },
    ]);
    expect(whyNow(state, contextAt('email', MONDAY_MORNING), MONDAY_MORNING)).toEqual({
      learned: true,
      kind: 'email',
      weekPart: 'weekday',
      dayPart: 'morning',
    });
  });

  it('says less when only a broader description has the evidence: email at any hour', () => {
    const state = learnedOver(WEEKDAYS_OF_NOVEMBER.slice(0, 12), [
      { kind: 'email', hour: 9, takenUp: true },
      { kind: 'email', hour: 20, takenUp: true },
      { kind: 'social', hour: 14, takenUp: false },
    ]);
    // Never an email in the afternoon, but emails suit at other hours.
    const afternoon = on(30, 14);
    expect(whyNow(state, contextAt('email', afternoon), afternoon)).toEqual({ learned: true, kind: 'email', weekPart: 'weekday' });
  });

  it('never names a moment where cards are taken up less often than elsewhere, however many', () => {
    // Every evening on social a card, taken up one day in four; every morning email, always.
    const days = WEEKDAYS_OF_NOVEMBER.map((day, index) => ({ day, takenUp: index % 4 === 0 }));
    let state = learnedOver(WEEKDAYS_OF_NOVEMBER, [{ kind: 'email', hour: 9, takenUp: true }]);
    for (const { day, takenUp } of days) state = learnedOver([day], [{ kind: 'social', hour: 20, takenUp }], state);
    const evening = on(30, 20);
    expect(whyNow(state, contextAt('social', evening), evening)).toEqual({ learned: false });
  });

  it('goes back to still learning when what it knew has faded', () => {
    const state = learnedOver(WEEKDAYS_OF_NOVEMBER, [{ kind: 'email', hour: 9, takenUp: true }]);
    const monthsLater = MONDAY_MORNING + 5 * HALF_LIFE_DAYS * DAY_MS;
    expect(whyNow(state, contextAt('email', monthsLater), monthsLater)).toEqual({ learned: false });
  });
});
