import { LOCALES, localeMessages } from '../support/fake-browser';
import { shameTableOf, shamingWords, type ShameNets } from '../support/shame';

/**
 * Every word a person reads, in every language, is read here for words that shame: a
 * score kept, blame for what was not done, a reproachful "again" or "still", a gap pointed
 * at. VOICE.md: gaps are never mentioned. A new language adds its table in
 * tests/support/shame.ts.
 */
describe.each(LOCALES)('every message in %s', (locale) => {
  const table = shameTableOf(locale);
  const words = table ? shamingWords(table) : [];

  it('has a table of the words that would shame in it', () => {
    expect(table, `add a table for ${locale} to tests/support/shame.ts`).toBeDefined();
  });

  it('never shames, in any message', () => {
    const shaming = Object.entries(localeMessages(locale)).flatMap(([key, entry]) =>
      words.filter((word) => word.test(entry?.message ?? '')).map((word) => `${key}: ${String(word)}`),
    );
    expect(shaming).toEqual([]);
  });
});

describe.each(LOCALES)('the nets of shaming words in %s', (locale) => {
  const table = shameTableOf(locale);
  const words = table ? shamingWords(table) : [];
  const nets = Object.keys(table?.nets ?? {}) as (keyof ShameNets)[];

  it.each(nets.flatMap((net) => (table?.caught[net] ?? []).map((sentence) => [net, sentence] as const)))('%s catches “%s”', (net, sentence) => {
    expect(table?.nets[net].some((word) => word.test(sentence))).toBe(true);
  });

  it('has sentences for every net to catch', () => {
    for (const net of nets) expect(table?.caught[net].length, net).toBeGreaterThan(0);
  });

  it.each(table?.kind ?? [])('lets a kind sentence through: “%s”', (sentence) => {
    expect(words.filter((word) => word.test(sentence))).toEqual([]);
  });
});
