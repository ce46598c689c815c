import { compare } from '../../scripts/simulation/compare';

/**
 * A small run of `npm run simulate`: if a change to the learning took its benefit away,
 * this is where it shows.
 */
describe('the simulation, in small', () => {
  const result = compare({ people: 24, weeks: 8, seed: 'a small run' });

  it('takes up more of the learned policy’s cards than of today’s', () => {
    expect(result.policies.learned.takenUpPerShown).toBeGreaterThan(result.policies.fixed.takenUpPerShown);
    expect(result.uplift).toBeGreaterThan(0);
  });

  it('shows nobody more cards than today’s policy does', () => {
    expect(result.peopleShownMore).toBe(0);
    expect(result.policies.learned.shownPerPersonWeek).toBeLessThanOrEqual(result.policies.fixed.shownPerPersonWeek);
  });
});
