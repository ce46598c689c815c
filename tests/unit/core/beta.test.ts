import { counted, decayFactor, EMPTY_TALLY, HALF_LIFE_DAYS, posteriorMean, scaled } from '../../../src/core/beta';
import { DAY_MS } from '../../../src/core/time';

const NOW = new Date(2026, 10, 25, 12).getTime();

describe('evidence that fades', () => {
  it('weighs half as much after the half-life, a quarter after two', () => {
    expect(decayFactor(NOW, NOW + HALF_LIFE_DAYS * DAY_MS)).toBeCloseTo(0.5, 10);
    expect(decayFactor(NOW, NOW + 2 * HALF_LIFE_DAYS * DAY_MS)).toBeCloseTo(0.25, 10);
  });

  it('keeps its whole weight when no time passed, or when the clock went back', () => {
    expect(decayFactor(NOW, NOW)).toBe(1);
    expect(decayFactor(NOW, NOW - DAY_MS)).toBe(1);
  });

  it('scales taken-up and let-go alike, so their share stays', () => {
    const tally = counted(counted(counted(EMPTY_TALLY, true), false), false);
    expect(scaled(tally, 0.5)).toEqual({ yes: 0.5, no: 1 });
  });
});

describe('an estimate from counts', () => {
  it('is the prior while nothing is known', () => {
    expect(posteriorMean(EMPTY_TALLY, 0.3, 4)).toBeCloseTo(0.3, 10);
  });

  it('moves towards what was seen as evidence grows', () => {
    const few = { yes: 2, no: 0 };
    const many = { yes: 200, no: 0 };
    expect(posteriorMean(few, 0.3, 4)).toBeGreaterThan(0.3);
    expect(posteriorMean(many, 0.3, 4)).toBeGreaterThan(posteriorMean(few, 0.3, 4));
    expect(posteriorMean(many, 0.3, 4)).toBeLessThan(1);
  });
});
