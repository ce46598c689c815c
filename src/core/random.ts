/** A source of numbers in [0, 1), passed in so that choices can be replayed in tests. */
export type Random = () => number;

/** A small deterministic generator (mulberry32) seeded from a string. */
export function seededRandom(seed: string): Random {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pickOne<T>(items: readonly T[], random: Random): T | undefined {
  if (items.length === 0) return undefined;
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))];
}

/** One item, chosen with probability proportional to its (positive) weight. */
export function pickWeighted<T>(items: readonly T[], weight: (item: T) => number, random: Random): T | undefined {
  const weights = items.map((item) => Math.max(0, weight(item)));
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (items.length === 0 || total <= 0) return pickOne(items, random);
  let point = random() * total;
  for (let i = 0; i < items.length; i++) {
    point -= weights[i] ?? 0;
    if (point < 0) return items[i];
  }
  return items[items.length - 1];
}
