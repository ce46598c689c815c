import { HALF_LIFE_DAYS } from '../../../src/core/beta';
import {
  emptyIdeaPreferences,
  LEAST_WEIGHT,
  MOST_WEIGHT,
  updateIdeaPreferences,
  weighIdeaKinds,
  type IdeaPreferences,
} from '../../../src/core/idea-preferences';
import { TEMPLATE_KINDS, type TemplateKind } from '../../../src/core/templates';
import { DAY_MS } from '../../../src/core/time';
import { on } from '../../support/learning';

const START = on(2, 9);

/** Each day for `days` days: a voice memo taken up, a question passed over (as many times as asked). */
function learned(
  days: number,
  taken: TemplateKind = 'voice-memo',
  passed: TemplateKind = 'curiosity',
  from: IdeaPreferences = emptyIdeaPreferences(),
  start = START,
  passes = 1,
): IdeaPreferences {
  let state = from;
  for (let day = 0; day < days; day++) {
    state = updateIdeaPreferences(state, { kind: taken, takenUp: true }, start + day * DAY_MS);
    for (let pass = 1; pass <= passes; pass++) state = updateIdeaPreferences(state, { kind: passed, takenUp: false }, start + day * DAY_MS + pass * 60_000);
  }
  return state;
}

describe('which kinds of idea come more often', () => {
  it('leaves every kind as it is before anything is learned', () => {
    const weights = weighIdeaKinds(emptyIdeaPreferences(), START);
    for (const kind of TEMPLATE_KINDS) expect(weights[kind]).toBeCloseTo(1, 10);
  });

  it('brings a kind taken up a little more often, and one passed over less', () => {
    const weights = weighIdeaKinds(learned(5), START + 5 * DAY_MS);
    expect(weights['voice-memo']).toBeGreaterThan(1.2);
    expect(weights.curiosity).toBeLessThan(0.8);
    expect(weights.appreciation).toBeCloseTo(1, 1);
  });

  it('never more than twice as often, and never to nothing, however long it goes on', () => {
    const weights = weighIdeaKinds(learned(200, 'voice-memo', 'curiosity', emptyIdeaPreferences(), START, 4), START + 200 * DAY_MS);
    expect(weights['voice-memo']).toBe(MOST_WEIGHT);
    expect(weights.curiosity).toBe(LEAST_WEIGHT);
    expect(LEAST_WEIGHT).toBeGreaterThan(0);
  });

  it('lets an old preference fade, so a new one can take its place', () => {
    const old = learned(20, 'voice-memo', 'curiosity');
    expect(weighIdeaKinds(old, START + 20 * DAY_MS)['voice-memo']).toBeGreaterThan(1.5);
    const monthsLater = START + (20 + 6 * HALF_LIFE_DAYS) * DAY_MS;
    expect(weighIdeaKinds(old, monthsLater)['voice-memo']).toBeLessThan(1.15);
    const turned = learned(20, 'curiosity', 'voice-memo', old, START + 20 * DAY_MS);
    const weights = weighIdeaKinds(turned, START + 40 * DAY_MS);
    expect(weights.curiosity).toBeGreaterThan(weights['voice-memo']);
  });
});
