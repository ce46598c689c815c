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

/** The browser's language, for dates and times in the person's own regional format. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
