import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, localeMessages } from '../support/fake-browser';
import { LANGUAGE_FACTS } from '../support/words';

/**
 * Every locale holds every message, with the same placeholders: Chromium shows a missing
 * key in the default language (English) in the middle of another language's page, and a
 * placeholder a translation drops or renames shows up as "$NAME$" or goes missing. Only
 * the descriptions, which are for translators, may differ.
 */

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const entriesOf = (locale: string) => localeMessages(locale) as Record<string, Entry>;

/**
 * What a message fills in, as Chromium resolves it: each named placeholder it uses with the
 * substitution it stands for ("name=$1"), each placeholder it defines, and every "$1"…"$9"
 * written directly in the message. The order of words may change; what is filled in may not.
 */
function placeholderShape(entry: Entry): { used: string[]; defined: string[]; direct: string[] } {
  const withoutEscapes = entry.message.replaceAll('$$', '');
  const used = [...withoutEscapes.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => {
    const name = (match[1] ?? '').toLowerCase();
    return `${name}=${entry.placeholders?.[name]?.content ?? '(undefined)'}`;
  });
  const defined = Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => `${name.toLowerCase()}=${content}`);
  const direct = [...withoutEscapes.replace(/\$[A-Za-z0-9_@]+\$/g, '').matchAll(/\$(\d)/g)].map((match) => `$${match[1]}`);
  const sorted = (list: string[]) => [...new Set(list)].sort();
  return { used: sorted(used), defined: sorted(defined), direct: sorted(direct) };
}

/** Every source file of the extension, as one text. */
const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => readFileSync(path.join('src', file), 'utf8'))
  .join('\n');

const manifestKeys = [...readFileSync('manifest.json', 'utf8').matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((match) => match[1] ?? '');

describe('the locales', () => {
  it('are English and at least one more language', () => {
    expect(LOCALES[0]).toBe('en');
    expect(LOCALES.length).toBeGreaterThanOrEqual(2);
  });

  const pairs = LOCALES.flatMap((locale) => LOCALES.filter((other) => other !== locale).map((other) => [locale, other] as const));

  it.each(pairs)('has every key of %s in %s', (locale, other) => {
    const missing = Object.keys(entriesOf(locale)).filter((key) => !(key in entriesOf(other)));
    expect(missing, `keys of ${locale} missing in ${other}`).toEqual([]);
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('gives every message in %s the placeholders it has in English', (locale) => {
    const english = entriesOf('en');
    const different = Object.entries(entriesOf(locale))
      .filter(([key, entry]) => english[key] && JSON.stringify(placeholderShape(entry)) !== JSON.stringify(placeholderShape(english[key] as Entry)))
      .map(([key, entry]) => ({ key, [locale]: placeholderShape(entry), en: placeholderShape(english[key] as Entry) }));
    expect(different).toEqual([]);
  });

  it.each(LOCALES)('defines every placeholder a message in %s uses, and uses every one it defines', (locale) => {
    for (const [key, entry] of Object.entries(entriesOf(locale))) {
      const { used, defined } = placeholderShape(entry);
      expect(used, key).toEqual(defined);
      expect(used.join(' '), key).not.toContain('(undefined)');
    }
  });

  it.each(LOCALES)('has words for every message in %s', (locale) => {
    for (const [key, entry] of Object.entries(entriesOf(locale))) {
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('writes every message in %s in its own words, but for the few the same in English', (locale) => {
    const english = entriesOf('en');
    const same = Object.entries(entriesOf(locale))
      .filter(([key, entry]) => english[key]?.message === entry.message)
      .map(([key]) => key)
      .sort();
    const allowed = [...(LANGUAGE_FACTS[locale]?.sameAsEnglish ?? [])].sort();
    // Left in English by mistake: a German page with an English line in it.
    expect(
      same.filter((key) => !allowed.includes(key)),
      `messages of ${locale} still in English`,
    ).toEqual([]);
    // And the list stays true: a message translated since leaves it.
    expect(
      allowed.filter((key) => !same.includes(key)),
      `listed as the same in English, but not`,
    ).toEqual([]);
  });

  // VOICE.md: at most one exclamation mark in the whole product, in each language.
  it.each(LOCALES)('uses at most one exclamation mark in all its words in %s together', (locale) => {
    const marks = Object.values(entriesOf(locale)).reduce((sum, entry) => sum + (entry.message.match(/!/g)?.length ?? 0), 0);
    expect(marks).toBeLessThanOrEqual(1);
  });

  it.each(LOCALES)('names its own language in langCode (%s)', (locale) => {
    expect(entriesOf(locale).langCode?.message.replace('-', '_')).toBe(locale);
  });

  // Words nothing shows would only wait to be shown by mistake ("Shown", "Not now" in a
  // history that keeps only what happened). The ideas' words are named by their template.
  it('holds no message that nothing names: each is in the sources or the manifest', () => {
    const unnamed = Object.keys(entriesOf('en')).filter(
      (key) => !key.startsWith('tpl_') && !manifestKeys.includes(key) && !new RegExp(`['"\`]${key}['"\`]`).test(sources),
    );
    expect(unnamed).toEqual([]);
  });

  it.each(LOCALES)('has every message the manifest names in %s', (locale) => {
    expect(manifestKeys.length).toBeGreaterThan(0);
    for (const key of manifestKeys) expect(entriesOf(locale)[key]?.message, key).toBeTruthy();
  });
});

describe('comparing placeholders', () => {
  const entry = (message: string, placeholders?: Record<string, string>): Entry => ({
    message,
    ...(placeholders ? { placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, content]) => [name, { content }])) } : {}),
  });

  it('sees the same placeholders in another order of words', () => {
    expect(placeholderShape(entry('$NAME$ and $DETAIL$', { name: '$1', detail: '$2' }))).toEqual(
      placeholderShape(entry('$DETAIL$ mit $NAME$', { name: '$1', detail: '$2' })),
    );
  });

  it('tells a renamed, dropped or renumbered placeholder apart', () => {
    const english = placeholderShape(entry('Hi $NAME$,', { name: '$1' }));
    expect(placeholderShape(entry('Hallo $NOM$,', { nom: '$1' }))).not.toEqual(english);
    expect(placeholderShape(entry('Hallo,', { name: '$1' }))).not.toEqual(english);
    expect(placeholderShape(entry('Hallo $NAME$,', { name: '$2' }))).not.toEqual(english);
  });

  it('counts a $1 written directly in the message, but not an escaped $$', () => {
    expect(placeholderShape(entry('Until $1.')).direct).toEqual(['$1']);
    expect(placeholderShape(entry('Costs $$1.')).direct).toEqual([]);
  });
});
