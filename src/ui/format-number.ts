import { uiLanguage } from '../i18n';

/** "1.234" in German, "1,234" in English: a count in the person's own format. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(value);
}
