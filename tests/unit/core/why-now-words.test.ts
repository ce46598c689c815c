import { whyNowSentence } from '../../../src/core/why-now-words';
import { LOCALES } from '../../support/fake-browser';
import { factsOf, translateIn } from '../../support/words';

const en = translateIn('en');
const de = translateIn('de');

describe('Why now? in plain words', () => {
  it('says Small Hellos is still learning when nothing is known yet', () => {
    expect(whyNowSentence({ learned: false }, en)).toBe('Small Hellos is still learning when suits you.');
    expect(whyNowSentence({ learned: false }, de)).toBe('Small Hellos lernt noch, wann es dir passt.');
  });

  it('names the place, the days and the part of the day, in that order', () => {
    expect(whyNowSentence({ learned: true, kind: 'email', weekPart: 'weekday', dayPart: 'morning' }, en)).toBe(
      'You often write a hello in your email on weekday mornings.',
    );
    expect(whyNowSentence({ learned: true, kind: 'email', weekPart: 'weekday', dayPart: 'morning' }, de)).toBe(
      'Du schreibst oft ein Hallo in deinen E-Mails an Wochentagen morgens.',
    );
  });

  it('says only what was learned: a place alone, a place and the days, or a part of the day alone', () => {
    expect(whyNowSentence({ learned: true, kind: 'messages' }, en)).toBe('You often write a hello in your chats.');
    expect(whyNowSentence({ learned: true, kind: 'social', weekPart: 'weekend' }, en)).toBe('You often write a hello in your feed at weekends.');
    expect(whyNowSentence({ learned: true, kind: 'email', dayPart: 'evening' }, en)).toBe('You often write a hello in your email in the evening.');
    expect(whyNowSentence({ learned: true, dayPart: 'night' }, de)).toBe('Du schreibst oft ein Hallo nachts.');
  });

  it.each(LOCALES)('has every phrase in %s, and none that shames', (locale) => {
    const translate = translateIn(locale);
    for (const kind of ['email', 'social', 'messages'] as const) {
      for (const weekPart of [undefined, 'weekday', 'weekend'] as const) {
        for (const dayPart of [undefined, 'morning', 'afternoon', 'evening', 'night'] as const) {
          const sentence = whyNowSentence({ learned: true, kind, ...(weekPart ? { weekPart } : {}), ...(dayPart ? { dayPart } : {}) }, translate);
          expect(sentence).not.toMatch(/\$|undefined|\s{2}|\s\./);
          for (const words of factsOf(locale).shaming) expect(sentence).not.toMatch(words);
        }
      }
    }
  });
});
