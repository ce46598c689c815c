/** The words the build ships, in each of its languages, as the tests look for them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dist } from './paths.mjs';

/** The languages the build speaks, by folder name in _locales ("en", "de"). */
export function builtLocales() {
  return readdirSync(path.join(dist, '_locales')).sort();
}

/** @type {Map<string, Record<string, { message: string }>>} */
const builtMessages = new Map();

/**
 * One message of a locale as the build ships it, placeholders left as written: the words a
 * person reads, e.g. `message('de', 'writeIt')` is "Schreiben".
 *
 * @param {string} locale
 * @param {string} key
 * @returns {string}
 */
export function message(locale, key) {
  let messages = builtMessages.get(locale);
  if (!messages) {
    messages = JSON.parse(readFileSync(path.join(dist, '_locales', locale, 'messages.json'), 'utf8'));
    builtMessages.set(locale, /** @type {Record<string, { message: string }>} */ (messages));
  }
  const text = messages?.[key]?.message;
  if (text === undefined) throw new Error(`The ${locale} locale in ${dist} has no message ${key}`);
  return text;
}

/**
 * An accessible name as any of the build's languages says it: the helpers below find the
 * card's buttons whatever language the browser speaks.
 *
 * @param {...string} keys
 * @returns {RegExp}
 */
export function inAnyLanguage(...keys) {
  const names = builtLocales().flatMap((locale) => keys.map((key) => message(locale, key)));
  return new RegExp(`^(${[...new Set(names)].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
}
