import { defaultCountry, linesOf, type CountryLines } from '../core/crisis-lines';
import type { Settings } from '../core/settings';
import { uiLanguage } from '../i18n';

/** The browser's languages, region included where it says one ("en-GB"). */
function browserLanguages(): string[] {
  return [...(typeof navigator === 'undefined' ? [] : navigator.languages), uiLanguage()];
}

/** The country whose lines are shown: the person's choice, else the browser's language and region. */
export function supportCountryOf(settings: Pick<Settings, 'supportCountry'>): string | undefined {
  return settings.supportCountry || defaultCountry(browserLanguages());
}

export function countryLinesOf(settings: Pick<Settings, 'supportCountry'>): CountryLines | undefined {
  const country = supportCountryOf(settings);
  return country ? linesOf(country) : undefined;
}

/** A country's name in the language of the words ("Österreich"). */
export function countryName(country: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}
