import { pickOne, seededRandom } from '../../../src/core/random';

const draw = (seed: string, count: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => random());
};

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw('small hellos', 100)).toEqual(draw('small hellos', 100));
  });

  it('gives different sequences for different seeds', () => {
    expect(draw('monday', 10)).not.toEqual(draw('tuesday', 10));
    expect(draw('', 10)).not.toEqual(draw('a', 10));
  });

  it('does not repeat one number over and over', () => {
    expect(new Set(draw('variety', 1000)).size).toBeGreaterThan(990);
  });

  it('stays within [0, 1) and spreads over the range', () => {
    const values = draw('range', 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = Array.from({ length: 10 }, (_, i) => values.filter((v) => Math.floor(v * 10) === i).length);
    for (const bucket of buckets) expect(bucket).toBeGreaterThan(800);
  });
});

describe('pickOne', () => {
  it('returns undefined from an empty list without drawing', () => {
    const random = vi.fn(() => 0.5);
    expect(pickOne([], random)).toBeUndefined();
    expect(random).not.toHaveBeenCalled();
  });

  it('maps the low end of the range to the first item and the high end to the last', () => {
    const items = ['a', 'b', 'c', 'd'];
    expect(pickOne(items, () => 0)).toBe('a');
    expect(pickOne(items, () => 0.2499)).toBe('a');
    expect(pickOne(items, () => 0.25)).toBe('b');
    expect(pickOne(items, () => 0.9999999)).toBe('d');
  });

  it('never reads past the end, even from a source that returns 1', () => {
    expect(pickOne(['a', 'b', 'c'], () => 1)).toBe('c');
  });

  it('reaches every item with a seeded source', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const random = seededRandom('pick');
    const picked = new Set(Array.from({ length: 200 }, () => pickOne(items, random)));
    expect([...picked].sort()).toEqual(items);
  });

  it('picks the same items for the same seed', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const run = (seed: string) => {
      const random = seededRandom(seed);
      return Array.from({ length: 20 }, () => pickOne(items, random));
    };
    expect(run('replay')).toEqual(run('replay'));
  });
});
