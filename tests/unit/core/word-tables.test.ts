import { CHANNEL_TABLE, CHANNELS, mailboxOf } from '../../../src/core/compose';
import { MOMENT_KIND_TABLE, MOMENT_KINDS, OUTLOOK_HOSTS, siteForUrl } from '../../../src/core/moments';
import { DETAIL_KIND_TABLE, DETAIL_KINDS, PREFERRED_CHANNEL_TABLE, PREFERRED_CHANNELS, RHYTHM_TABLE, RHYTHMS } from '../../../src/core/people';
import { LOCALES, localeMessages } from '../../support/fake-browser';

/**
 * Each list of words is kept once, as a table, and every place that names one of its
 * words reads it there: what each word is called must be said in every language.
 */
const WORDS = {
  rhythm: Object.values(RHYTHM_TABLE).flatMap(({ label, why }) => [label, why]),
  'preferred channel': Object.values(PREFERRED_CHANNEL_TABLE).map(({ label }) => label),
  channel: Object.values(CHANNEL_TABLE).map(({ label }) => label),
  'moment kind': Object.values(MOMENT_KIND_TABLE).flatMap(({ label, heading, where }) => [label, heading, where]),
  'detail kind': Object.values(DETAIL_KIND_TABLE).flatMap(({ label, hint }) => [label, hint]),
};

describe('the tables of words', () => {
  const cases = LOCALES.flatMap((locale) => Object.entries(WORDS).map(([list, keys]) => [list, locale, keys] as const));

  it.each(cases)('name every %s in words of %s', (_list, locale, keys) => {
    const messages = localeMessages(locale);
    expect(keys.filter((key) => !messages[key]?.message)).toEqual([]);
  });

  it('give every word of a list its own label', () => {
    for (const keys of [WORDS.rhythm, WORDS['preferred channel'], WORDS.channel, WORDS['moment kind'], WORDS['detail kind']]) {
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  // The ids are what people's data holds: a word renamed here would make their backups unreadable.
  it("keep the words stored in people's data, in the order they are offered", () => {
    expect(RHYTHMS).toEqual(['weekly', 'fortnightly', 'monthly', 'none']);
    expect(PREFERRED_CHANNELS).toEqual(['any', 'email', 'text', 'whatsapp', 'social']);
    expect(CHANNELS).toEqual(['gmail', 'outlook', 'email', 'sms', 'whatsapp', 'profile', 'copy']);
    expect(MOMENT_KINDS).toEqual(['email', 'social', 'messages']);
    expect(DETAIL_KINDS).toEqual(['good-news', 'hard-time', 'interest', 'coming-up', 'shared-memory', 'other']);
  });
});

describe('the Outlook hosts', () => {
  it.each(OUTLOOK_HOSTS)('are where the catalogue finds Outlook, and compose opens in the mailbox at %s', (host) => {
    expect(siteForUrl(`https://${host}/mail/`)?.id).toBe('outlook');
    expect(mailboxOf(`https://${host}/mail/`)).toEqual({ outlookHost: host });
  });
});
