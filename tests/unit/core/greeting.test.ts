import { greetingOf, insertAfterGreeting } from '../../../src/core/greeting';
import { seededRandom } from '../../../src/core/random';
import { render } from '../../../src/core/render';
import { suggest } from '../../../src/core/suggest';
import { ALL_TEMPLATES, isOfflineIdea, kindReplyAsks, offersKindReply, PERSONAL_TEMPLATES, templateById, type Template } from '../../../src/core/templates';
import { friend, suggestInput, translate } from '../../support/suggest-fixtures';
import { LOCALES } from '../../support/fake-browser';
import { factsOf, translateIn } from '../../support/words';

const template = (id: string) => templateById(id) as Template;
const jo = { name: 'Jo Okafor', callName: 'Jo' };

describe('greeting a friend by the name the user calls them', () => {
  it('opens every personal note with “Hi” and what the user calls them, never the full name', () => {
    for (const t of PERSONAL_TEMPLATES) {
      const texts = render(t, jo, { text: 'the cello', kind: t.carries[0] ?? 'other' }, translate);
      expect(`${texts?.prompt}\n${texts?.draft}`, t.id).not.toContain('Okafor');
      if (t.greeting === 'hi') expect(texts?.draft.startsWith('Hi Jo,\n'), t.id).toBe(true);
    }
    expect(render(template('ri_morning'), jo, undefined, translate)?.draft).toBe('Good morning, Jo,\nI hope today is kind to you. No need to reply.');
  });

  it('uses a name the user chose over the first word of the full name', () => {
    expect(render(template('ch_hello'), { name: 'Margaret Lindqvist', callName: 'Mags' }, undefined, translate)?.draft.startsWith('Hi Mags,\n')).toBe(true);
    expect(render(template('ch_hello'), { name: 'Margaret Lindqvist', callName: '  ' }, undefined, translate)?.draft.startsWith('Hi Margaret,\n')).toBe(true);
  });

  it('leaves the greeting out of a public comment, which starts with its own words', () => {
    expect(render(template('ec_post'), jo, undefined, translate)?.draft).toBe('This is lovely, Jo. Thank you for sharing it.');
  });

  it('greets in the suggestion the card shows', () => {
    const suggestion = suggest(
      suggestInput({ people: [friend([])], moment: 'email', energy: 'okay', now: Date.UTC(2026, 10, 24, 14), random: seededRandom('greet') }),
    );
    expect(suggestion.draft.startsWith('Hi Jo,\n')).toBe(true);
    expect(suggestion.personName).toBe('Jo Okafor');
  });
});

describe('greetingOf and insertAfterGreeting', () => {
  it.each([
    ['Hi Jo,\nThinking of you.', 'Hi Jo,\n'],
    ['Good morning, Jo,\nI hope today is kind to you.', 'Good morning, Jo,\n'],
    ['Dear Margaret Lindqvist,\r\nThank you.', 'Dear Margaret Lindqvist,\r\n'],
    ['Hi Jo, thinking of you.', undefined],
    ['Hi Jo,', undefined],
    ['This is lovely, Jo. Thank you for sharing it.', undefined],
    ['I was thinking about you, and about the hiking trip, and the rain,\nand more.', undefined],
  ])('finds the greeting of %j', (draft, greeting) => {
    expect(greetingOf(draft)).toBe(greeting);
  });

  it('puts kind words after the greeting, on a line of their own', () => {
    expect(insertAfterGreeting('Hi Jo,\nThinking of you.', ' That sounds so hard. ')).toBe('Hi Jo,\nThat sounds so hard.\nThinking of you.');
    expect(insertAfterGreeting('Thinking of you.', 'That sounds so hard.')).toBe('That sounds so hard.\nThinking of you.');
    expect(insertAfterGreeting('Hi Jo,\n', 'That sounds so hard.')).toBe('Hi Jo,\nThat sounds so hard.');
    expect(insertAfterGreeting('Hi Jo,\nThinking of you.', '   ')).toBe('Hi Jo,\nThinking of you.');
  });

  it('gives the words that followed a German greeting their capital once a sentence comes before them', () => {
    expect(insertAfterGreeting('Hallo Jo,\nich denke an dich.', 'Das klingt schwer.')).toBe('Hallo Jo,\nDas klingt schwer.\nIch denke an dich.');
    expect(insertAfterGreeting('Hallo Jo,\nüberall Schnee hier.', 'Schön.')).toBe('Hallo Jo,\nSchön.\nÜberall Schnee hier.');
  });

  it('finds the greeting of every rendered personal note that has one', () => {
    for (const t of PERSONAL_TEMPLATES) {
      const draft = render(t, jo, { text: 'the cello', kind: t.carries[0] ?? 'other' }, translate)?.draft ?? '';
      expect(greetingOf(draft), t.id).toBe(t.greeting === 'none' ? undefined : draft.slice(0, draft.indexOf('\n') + 1));
    }
  });
});

describe.each(LOCALES)('greeting a friend in %s', (locale) => {
  const fill = translateIn(locale);

  it('opens every personal note with its greeting on a line of its own, found again by its shape', () => {
    for (const t of PERSONAL_TEMPLATES) {
      const draft = render(t, jo, { text: factsOf(locale).sample.interest, kind: t.carries[0] ?? 'other' }, fill)?.draft ?? '';
      const greeting = t.greeting === 'hi' ? fill('draftGreeting', ['Jo']) : t.greeting === 'good-morning' ? fill('draftGreetingMorning', ['Jo']) : undefined;
      if (greeting) expect(draft.startsWith(`${greeting}\n`), t.id).toBe(true);
      expect(greetingOf(draft), t.id).toBe(greeting === undefined ? undefined : `${greeting}\n`);
    }
  });

  it('puts kind words after the greeting of a note, and what followed it starts a sentence', () => {
    const draft = render(template('em_detail_warmth'), jo, { text: factsOf(locale).sample['hard-time'], kind: 'hard-time' }, fill)?.draft ?? '';
    const [greeting = '', body = ''] = draft.split('\n');
    const sentence = body.charAt(0).toUpperCase() + body.slice(1);
    expect(insertAfterGreeting(draft, 'Kind words.')).toBe([greeting, 'Kind words.', sentence].join('\n'));
  });
});

describe('what the card offers for an idea', () => {
  it('treats only offline ideas as done away from the screen', () => {
    expect(ALL_TEMPLATES.filter((t) => isOfflineIdea(t.id)).map((t) => t.id)).toEqual(['offline_neighbour', 'offline_thank_by_name']);
    expect(isOfflineIdea('no_such_template')).toBe(false);
  });

  it('offers a kind reply only where there is news to answer: empathy and follow-ups that name it', () => {
    const offered = ALL_TEMPLATES.filter((t) => offersKindReply(t.id));
    expect(new Set(offered.map((t) => t.kind))).toEqual(new Set(['empathy', 'follow-up']));
    for (const t of offered) expect(t.needs, t.id).toContain('detail');
    // "Thinking of you" and "I'm in your corner" answer no news.
    expect(offersKindReply('em_thinking')).toBe(false);
    expect(offersKindReply('em_corner')).toBe(false);
    expect(offersKindReply('em_detail_warmth')).toBe(true);
    expect(offersKindReply('fu_how_went')).toBe(true);
    expect(offersKindReply('ch_hello')).toBe(false);
    expect(offersKindReply('old_friend')).toBe(false);
    expect(offersKindReply('no_such_template')).toBe(false);
  });

  it.each(LOCALES)('never puts the kind reply’s question above “no need to reply” (%s)', (locale) => {
    const facts = factsOf(locale);
    const fill = translateIn(locale);
    const offered = ALL_TEMPLATES.filter((t) => offersKindReply(t.id));
    expect(offered.some((t) => kindReplyAsks(t.id))).toBe(true);
    expect(offered.some((t) => !kindReplyAsks(t.id))).toBe(true);
    for (const t of offered) {
      const kind = t.carries[0] ?? 'other';
      const draft = render(t, jo, { text: facts.sample[kind], kind }, fill)?.draft ?? '';
      expect(draft, t.id).not.toBe('');
      if (kindReplyAsks(t.id)) expect(draft, t.id).not.toMatch(facts.noNeedToReply);
      if (facts.noNeedToReply.test(draft)) expect(kindReplyAsks(t.id), t.id).toBe(false);
    }
  });
});
