import { t, uiLanguage, type MessageKey } from '../i18n';

/** "1.234" in German, "1,234" in English: a count in the person's own format. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(value);
}

/** Words for a count, by each language's own plural rules: "1 entry", "2 entries". */
export interface CountWords {
  readonly one: MessageKey;
  readonly other: MessageKey;
}

export function formatCount(count: number, words: CountWords): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count);
  return t(form === 'one' ? words.one : words.other, formatNumber(count));
}
