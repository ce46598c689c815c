import { LOCALES, localeMessages } from '../support/fake-browser';

/**
 * Every word a person reads, in every language, is read here for the words that shame: a
 * streak, something missed or failed, being behind or overdue, what they "should have"
 * done or "haven't". VOICE.md: gaps are never mentioned. A new language adds its own list.
 */
const SHAMING: Readonly<Record<string, readonly RegExp[]>> = {
  en: [/streak/i, /\bmiss(ed|ing out)\b/i, /\bfail(ed|ure)?\b/i, /overdue/i, /\bbehind\b/i, /should have/i, /should've/i, /you haven[’']?t/i, /you have not/i, /too long/i, /been a while/i, /\blapsed?\b/i],
  de: [/streak/i, /in folge/i, /verpasst/i, /versäumt/i, /gescheitert|fehlgeschlagen|versagt/i, /überfällig/i, /im rückstand|hinterher/i, /hättest [^.?]*(sollen|müssen)/i, /du hast [^.?]*\b(nicht|nie)\b/i, /zu lange/i, /lange her/i],
};

describe.each(LOCALES)('every message in %s', (locale) => {
  const words = SHAMING[locale];

  it('has a list of the words that would shame in it', () => {
    expect(words, `add the shaming words of ${locale} to this test`).toBeDefined();
  });

  it.each(Object.entries(localeMessages(locale)).map(([key, entry]) => [key, entry?.message ?? ''] as const))('%s never shames', (_key, message) => {
    for (const word of words ?? []) expect(message).not.toMatch(word);
  });
});

describe('the list of shaming words', () => {
  it.each([
    ['en', 'Your streak: 4 days'],
    ['en', "You haven't written to Maya"],
    ['en', 'You missed a ritual'],
    ['en', 'You failed to say hello'],
    ['en', 'You are behind this week'],
    ['en', 'You should have written'],
    ['de', 'Du hast Maya nicht geschrieben'],
    ['de', 'Ritual verpasst'],
    ['de', 'Das hättest du tun sollen'],
  ])('catches a sentence that shames (%s: %s)', (locale, sentence) => {
    expect((SHAMING[locale] ?? []).some((word) => word.test(sentence))).toBe(true);
  });

  it.each([
    ['en', 'That counts as a small hello.'],
    ['de', 'Hättest du diese Woche Lust auf ein kurzes Telefonat?'],
  ])('lets a kind sentence through (%s: %s)', (locale, sentence) => {
    expect((SHAMING[locale] ?? []).some((word) => word.test(sentence))).toBe(false);
  });
});
