import { fitAdditive } from '../../../src/core/additive-fit';
import { HALF_LIFE_DAYS } from '../../../src/core/beta';
import { emptyReceptivity, PRIOR_TAKE_UP, updateReceptivity, viewReceptivity } from '../../../src/core/receptivity';
import { DAY_MS } from '../../../src/core/time';
import { contextAt, learnedOver, on, WEEKDAYS_OF_NOVEMBER } from '../../support/learning';

const AFTER = on(30, 8);

describe('learning when cards are welcome', () => {
  it('knows nothing at first: every context is the prior, and no moments are expected', () => {
    const view = viewReceptivity(emptyReceptivity(), 'weekday', 'unknown', AFTER);
    expect(view.cardsLearned).toBe(0);
    expect(view.mean('email', 'morning')).toBeCloseTo(PRIOR_TAKE_UP, 5);
    expect(view.momentsPerDay('social', 'evening')).toBe(0);
  });

  it('counts a card’s outcome in its context', () => {
    const time = on(25, 9);
    const state = updateReceptivity(emptyReceptivity(), { type: 'outcome', context: contextAt('email', time, 'low'), takenUp: true }, time);
    expect(state.outcomes['email|weekday|morning']).toEqual({ yes: 1, no: 0 });
    expect(state.withEnergy['email|low']).toEqual({ yes: 1, no: 0 });
    expect(viewReceptivity(state, 'weekday', 'low', time).counts({ kind: 'email' })).toEqual({ yes: 1, no: 0 });
  });

  it('expects as many moments a day in a context as came on the days seen', () => {
    const state = learnedOver(WEEKDAYS_OF_NOVEMBER.slice(0, 5), [
      { kind: 'messages', hour: 19 },
      { kind: 'messages', hour: 20 },
      { kind: 'email', hour: 9 },
    ]);
    const view = viewReceptivity(state, 'weekday', 'unknown', on(7, 9));
    expect(view.daysSeen).toBeGreaterThan(4.5);
    expect(view.momentsPerDay('messages', 'evening')).toBeCloseTo(2, 1);
    expect(view.momentsPerDay('email', 'morning')).toBeCloseTo(1, 1);
    expect(view.momentsPerDay('social', 'morning')).toBe(0);
  });

  it('rates a context where cards are taken up above one where they are let go', () => {
    const state = learnedOver(WEEKDAYS_OF_NOVEMBER, [
      { kind: 'email', hour: 9, takenUp: false },
      { kind: 'messages', hour: 19, takenUp: true },
    ]);
    const view = viewReceptivity(state, 'weekday', 'unknown', AFTER);
    expect(view.mean('messages', 'evening')).toBeGreaterThan(0.7);
    expect(view.mean('email', 'morning')).toBeLessThan(0.2);
  });

  it('guesses a context never seen from its parts: messages suit, so messages in the morning likely do', () => {
    const state = learnedOver(WEEKDAYS_OF_NOVEMBER, [
      { kind: 'email', hour: 9, takenUp: false },
      { kind: 'email', hour: 19, takenUp: false },
      { kind: 'messages', hour: 19, takenUp: true },
    ]);
    const view = viewReceptivity(state, 'weekday', 'unknown', AFTER);
    expect(view.mean('messages', 'morning')).toBeGreaterThan(view.mean('email', 'morning'));
  });

  it('lets today’s energy move the estimate where the counts say it matters', () => {
    const days = WEEKDAYS_OF_NOVEMBER;
    const state = learnedOver(days, [
      { kind: 'email', hour: 9, takenUp: true, energy: 'good' },
      { kind: 'email', hour: 10, takenUp: false, energy: 'low' },
    ]);
    const good = viewReceptivity(state, 'weekday', 'good', AFTER).mean('email', 'morning');
    const low = viewReceptivity(state, 'weekday', 'low', AFTER).mean('email', 'morning');
    expect(good).toBeGreaterThan(low + 0.3);
  });

  it('lets old evidence fade: counts halve over the half-life', () => {
    const state = learnedOver([2], [{ kind: 'social', hour: 20, takenUp: true }]);
    const later = viewReceptivity(state, 'weekday', 'unknown', on(2, 20) + HALF_LIFE_DAYS * DAY_MS);
    expect(later.counts({ kind: 'social' }).yes).toBeCloseTo(0.5, 10);
    expect(later.daysSeen).toBeCloseTo(0.5, 10);
  });

  it('follows a change of habits within weeks', () => {
    const before = learnedOver(WEEKDAYS_OF_NOVEMBER, [
      { kind: 'email', hour: 9, takenUp: true },
      { kind: 'messages', hour: 19, takenUp: false },
    ]);
    const december = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18].map((day) => day + 30);
    const after = learnedOver(
      december,
      [
        { kind: 'email', hour: 9, takenUp: false },
        { kind: 'messages', hour: 19, takenUp: true },
      ],
      before,
    );
    const view = viewReceptivity(after, 'weekday', 'unknown', on(49, 8));
    expect(view.mean('messages', 'evening')).toBeGreaterThan(view.mean('email', 'morning'));
  });
});

describe('what the parts of a context say together', () => {
  it('credits the kind of site, not the hour, when only the kind matters, however unevenly the hours were seen', () => {
    // Email mostly in the mornings, messages mostly in the evenings; email taken up four times in five at any hour, messages one in five.
    const contexts = [
      { levels: ['email', 'morning'], tally: { yes: 24, no: 6 } },
      { levels: ['email', 'evening'], tally: { yes: 4, no: 1 } },
      { levels: ['messages', 'morning'], tally: { yes: 1, no: 4 } },
      { levels: ['messages', 'evening'], tally: { yes: 6, no: 24 } },
    ];
    const [emailMorning = 0, emailEvening = 0, messagesMorning = 0, messagesEvening = 0] = fitAdditive(contexts, 0.3, 2);
    // Counted by the hour alone, mornings would look far better (25 of 35 against 10 of 35).
    expect(Math.abs(emailMorning - emailEvening)).toBeLessThan(0.3);
    expect(Math.abs(messagesMorning - messagesEvening)).toBeLessThan(0.3);
    expect(emailEvening - messagesMorning).toBeGreaterThan(2);
  });

  it('stays at the prior with no evidence', () => {
    const fitted = fitAdditive([{ levels: ['email'], tally: { yes: 0, no: 0 } }], 0.3, 2);
    expect(fitted[0]).toBeCloseTo(Math.log(0.3 / 0.7), 10);
  });
});
