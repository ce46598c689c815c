import browser from 'webextension-polyfill';
import type messages from '../public/_locales/en/messages.json';

/** Every word a person reads comes from `_locales`; this is the one way to fetch it. */
export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return translate(key, typeof substitutions === 'string' ? [substitutions] : substitutions);
}

/** For keys built at run time (template ids); a missing key shows as itself, never blank. */
export function translate(key: string, substitutions?: readonly string[]): string {
  return browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined) || key;
}

/**
 * The locale dates, times and numbers are written in: the browser's own, region included
 * ("de-AT", "en-GB"), when the words are in its language; otherwise the language of the
 * words, so that a browser in a language Small Hellos does not speak never puts
 * "venerdì" into an English sentence.
 */
export function uiLanguage(): string {
  const browserLanguage = browser.i18n.getUILanguage();
  const words = t('langCode');
  const primary = (tag: string) => tag.split(/[-_]/u)[0]?.toLowerCase();
  const chosen = primary(browserLanguage) === primary(words) ? browserLanguage : words;
  try {
    return Intl.getCanonicalLocales(chosen)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
