import { render } from '../../src/core/render';
import { DETAIL_KINDS, type DetailKind } from '../../src/core/people';
import {
  ALL_TEMPLATES,
  GENERIC_TEMPLATES,
  MAX_TEMPLATE_LENGTH,
  PERSONAL_TEMPLATES,
  PLACEHOLDERS,
  PREVIEW_TEMPLATES,
  templateById,
  type Template,
  type TemplateKind,
} from '../../src/core/templates';
import { ENERGIES } from '../../src/core/energy';
import { t, translate } from '../../src/i18n';
import { getMessage, LOCALES, localeMessages } from '../support/fake-browser';
import { expectEvery } from '../support/every';
import { factsOf, translateIn } from '../support/words';

/** Everything a person can read in a locale (descriptions are for translators). */
const wordsOf = (locale: string) =>
  Object.entries(localeMessages(locale) as Record<string, { message: string }>).map(([key, entry]) => ({ key, text: entry.message }));
const PARTS = ['prompt', 'draft'] as const;
const KINDS: readonly TemplateKind[] = [
  'appreciation',
  'curiosity',
  'shared-interest',
  'celebrate',
  'follow-up',
  'empathy',
  'invitation',
  'walk-and-talk',
  'ritual',
  'voice-memo',
  'encouraging-comment',
  'check-in',
  'offline',
];
/** Nouns keep their capital after a German greeting; no note of ours opens with one yet. */
const NOUNS_THAT_OPEN_A_GERMAN_NOTE: readonly string[] = [];
const raw = (template: Template, part: (typeof PARTS)[number], locale = 'en') => localeMessages(locale)[`tpl_${template.id}_${part}`]?.message ?? '';
/** Each template in each locale, for tests of the words themselves. */
const inEveryLocale = (templates: readonly Template[]) => LOCALES.flatMap((locale) => templates.map((template) => ({ locale, id: template.id, template })));

describe('the template catalogue', () => {
  it('holds at least 60 messages with unique ids', () => {
    const ids = ALL_TEMPLATES.map((template) => template.id);
    expect(ids.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ALL_TEMPLATES)('tags $id with a known kind, channels and energy', (template) => {
    expect(KINDS).toContain(template.kind);
    expect(ENERGIES).toContain(template.energy);
    expect(template.channels.length).toBeGreaterThan(0);
    for (const channel of template.channels) expect(['email', 'messages', 'social']).toContain(channel);
    for (const placeholder of template.needs) expect(PLACEHOLDERS).toContain(placeholder);
  });

  it('has every kind the product promises, each for more than one energy or channel', () => {
    for (const kind of KINDS) expect(ALL_TEMPLATES.filter((template) => template.kind === kind).length).toBeGreaterThan(0);
    for (const energy of ENERGIES) expect(PERSONAL_TEMPLATES.filter((template) => template.energy === energy).length).toBeGreaterThan(5);
  });

  it.each(LOCALES)('uses in the %s words of every template exactly the placeholders it declares', (locale) => {
    expectEvery(
      ALL_TEMPLATES,
      (template) => template.id,
      (template) => {
        for (const part of PARTS) {
          const text = raw(template, part, locale);
          const used = [...text.matchAll(/\$([A-Za-z_]+)\$/g)].map((match) => match[1]?.toLowerCase());
          for (const placeholder of used) expect(template.needs).toContain(placeholder);
        }
        const draftAndPrompt = raw(template, 'prompt', locale) + raw(template, 'draft', locale);
        for (const placeholder of template.needs) expect(draftAndPrompt).toContain(`$${placeholder.toUpperCase()}$`);
      },
    );
  });

  it.each(PERSONAL_TEMPLATES)('addresses a person by name in $id', (template) => {
    expect(template.needs).toContain('name');
  });

  it.each(GENERIC_TEMPLATES)('needs nobody’s details in the generic $id', (template) => {
    expect(template.needs).toEqual([]);
  });
});

describe('what each template promises', () => {
  const jo = { name: 'Jo Okafor', callName: 'Jo' };
  const carried = (template: Template): readonly DetailKind[] => template.carries;

  it.each(ALL_TEMPLATES)('$id names a kind of detail exactly when it needs one', (template) => {
    expect(template.carries.length > 0).toBe(template.needs.includes('detail'));
    for (const kind of carried(template)) expect(DETAIL_KINDS).toContain(kind);
  });

  it.each(PERSONAL_TEMPLATES.filter((t) => t.gentle))('keeps the gentle $id small and free of asks to meet or to celebrate', (template) => {
    expect(template.energy).not.toBe('good');
    expect(['appreciation', 'empathy', 'check-in', 'ritual']).toContain(template.kind);
  });

  it.each(PERSONAL_TEMPLATES.filter((t) => carried(t).includes('hard-time') || carried(t).includes('other')))(
    'lets $id name a hard time, or an unsorted detail that may be one, only because it is gentle',
    (template) => {
      expect(template.gentle).toBe(true);
    },
  );

  it('celebrates only good news, and names only an interest in a public comment', () => {
    for (const template of PERSONAL_TEMPLATES) {
      if (template.kind === 'celebrate') for (const kind of carried(template)) expect(kind, template.id).toBe('good-news');
      if (template.greeting === 'none') for (const kind of carried(template)) expect(kind, template.id).toBe('interest');
    }
  });

  it('asks nothing back in a low-energy template, in any language', () => {
    expectEvery(
      inEveryLocale(ALL_TEMPLATES.filter((t) => t.energy === 'low')),
      ({ locale, id }) => `${id} (${locale})`,
      ({ locale, template }) => {
        const fill = translateIn(locale);
        const texts = render(template, jo, { text: factsOf(locale).sample.interest, kind: template.carries[0] ?? 'other' }, fill);
        const draft = texts?.draft ?? fill(`tpl_${template.id}_draft`);
        expect(draft).not.toContain('?');
      },
    );
  });

  it('names the detail on the card as each language can, and never starts a sentence of the note with it', () => {
    expectEvery(
      inEveryLocale(PERSONAL_TEMPLATES.filter((t) => t.needs.includes('detail'))),
      ({ locale, id }) => `${id} (${locale})`,
      ({ locale, template }) => {
        const [open, close] = factsOf(locale).quotes;
        const prompt = raw(template, 'prompt', locale);
        // Turned round ("their new job"), the detail reads as the card's own words; as written
        // ("deine neue Stelle"), it is quoted.
        if (factsOf(locale).cardDetail === 'quoted') expect(prompt).toContain(`${open}$DETAIL$${close}`);
        else expect(prompt).toMatch(/(^|[^“”"„])\$DETAIL\$($|[^“”"])/);
        // A detail is written as said mid-sentence ("your new job"): at the start it would lack its capital.
        expect(raw(template, 'draft', locale)).not.toMatch(/(^|[.?!:]\s+|\n)\$DETAIL\$/);
      },
    );
  });

  it('speaks of the friend in an English card line, and says the detail to them as written in the note', () => {
    const texts = render(templateById('ce_detail_congrats') as Template, jo, { text: 'your new job', kind: 'good-news' }, translate);
    expect(texts?.prompt).toBe('A short congratulations to Jo on their new job?');
    expect(texts?.draft).toBe("Hi Jo,\nCongratulations on your new job. That's lovely to hear.");
    const german = render(templateById('ce_detail_congrats') as Template, jo, { text: 'deine neue Stelle', kind: 'good-news' }, translateIn('de'));
    expect(german?.prompt).toContain('„deine neue Stelle“');
    expect(german?.draft).toContain('über deine neue Stelle');
  });

  it('goes on in lower case after a German greeting, as a letter does, unless a noun comes first', () => {
    const fill = translateIn('de');
    for (const template of PERSONAL_TEMPLATES.filter((t) => t.greeting !== 'none')) {
      const body = fill(`tpl_${template.id}_draft`, ['Jo', factsOf('de').sample.interest]);
      const first = body.split(/[\s,:]/u)[0] ?? '';
      expect(first === first.toLowerCase() || NOUNS_THAT_OPEN_A_GERMAN_NOTE.includes(first), `${template.id}: ${body}`).toBe(true);
    }
  });

  it.each(DETAIL_KINDS)('previews a %s detail with a template that carries it', (kind) => {
    const template = templateById(PREVIEW_TEMPLATES[kind]);
    expect(template?.needs).toContain('detail');
    expect(template && carried(template)).toContain(kind);
  });
});

describe.each(LOCALES)('rendering every template in %s', (locale) => {
  const fill = translateIn(locale);
  const facts = factsOf(locale);
  const person = { name: 'Maya Lindqvist', callName: 'Maya' };
  /** A detail of a kind the template carries, or of the neutral kind when it names none. */
  const detailFor = (template: Template, text: string) => ({ text, kind: template.carries[0] ?? ('other' as const) });
  const detail = (template: Template) => detailFor(template, facts.sample.other);
  const longName = { name: 'Maya-Alexandra Fitzgerald-Okonkwo', callName: 'Maya-Alexandra Fitzgerald-Okonkwo' };
  const longDetail = (template: Template) => detailFor(template, facts.longDetail);

  it('renders every template with a detail, filled in and within length', () => {
    expectEvery(
      ALL_TEMPLATES,
      (template) => template.id,
      (template) => {
        const texts = render(template, person, detail(template), fill);
        expect(texts).toBeDefined();
        for (const text of [texts?.prompt ?? '', texts?.draft ?? '']) {
          expect(text).not.toMatch(/\$[A-Za-z_]+\$|\$\d/);
          expect([...text].length).toBeLessThanOrEqual(MAX_TEMPLATE_LENGTH);
        }
        if (template.needs.includes('name')) expect(texts?.draft).toContain('Maya');
        expect(`${texts?.prompt} ${texts?.draft}`).not.toContain('Lindqvist');
        if (template.needs.includes('detail')) expect(`${texts?.prompt} ${texts?.draft}`).toContain(facts.sample.other);
      },
    );
  });

  it('renders a template without a detail only when it needs none', () => {
    expectEvery(
      ALL_TEMPLATES,
      (template) => template.id,
      (template) => {
        const texts = render(template, person, undefined, fill);
        if (template.needs.includes('detail')) expect(texts).toBeUndefined();
        else expect(texts?.draft).not.toMatch(/\$/);
      },
    );
  });

  it('keeps every template within length with a long name and a long detail', () => {
    expectEvery(
      ALL_TEMPLATES,
      (template) => template.id,
      (template) => {
        const texts = render(template, longName, longDetail(template), fill);
        if (texts) expect([...texts.draft].length).toBeLessThanOrEqual(MAX_TEMPLATE_LENGTH);
      },
    );
  });

  it('still offers most ideas that name a detail with a long name and a long detail', () => {
    // Refusing to render keeps a note within length; refusing most of them would leave a person with few ideas.
    const naming = PERSONAL_TEMPLATES.filter((template) => template.needs.includes('detail'));
    const offered = naming.filter((template) => render(template, longName, longDetail(template), fill));
    expect(offered.length).toBeGreaterThanOrEqual(naming.length * 0.9);
  });

  it('refuses a rendering that would run past the length limit', () => {
    const needsDetail = PERSONAL_TEMPLATES.find((template) => template.id === 'cu_detail_how');
    expect(needsDetail).toBeDefined();
    expect(render(needsDetail as Template, person, { text: 'x'.repeat(300), kind: 'interest' }, fill)).toBeUndefined();
  });

  it('keeps a dollar sign the person wrote in a detail', () => {
    const template = PERSONAL_TEMPLATES.find((candidate) => candidate.id === 'cu_detail_how') as Template;
    expect(render(template, person, { text: 'the $5 plant sale', kind: 'interest' }, fill)?.draft).toContain('the $5 plant sale');
  });
});

describe.each(LOCALES)('the %s locale', (locale) => {
  const messages = wordsOf(locale);
  const facts = factsOf(locale);

  it('has words for every part of every template', () => {
    const keys = ALL_TEMPLATES.flatMap((template) => PARTS.map((part) => `tpl_${template.id}_${part}`));
    expect(keys.filter((key) => translateIn(locale)(key, ['Maya', facts.sample.other]).trim() === '')).toEqual([]);
  });

  it('has words for every message', () => {
    for (const { text } of messages) expect(text.trim()).not.toBe('');
  });

  it('never shames in any message', () => {
    for (const { key, text } of messages) for (const word of facts.shaming) expect({ key, text }).not.toEqual({ key, text: expect.stringMatching(word) });
  });

  it('speaks to the person as a friend would, never formally', () => {
    for (const { key, text } of messages) for (const word of facts.formal) expect({ key, text }).not.toEqual({ key, text: expect.stringMatching(word) });
  });

  it('uses at most one exclamation mark in all its messages together', () => {
    const count = messages.reduce((sum, { text }) => sum + (text.match(/!/g)?.length ?? 0), 0);
    expect(count).toBeLessThanOrEqual(1);
  });
});

describe('reading words through the extension’s i18n helpers', () => {
  it('reads a fixed message from the English locale', () => {
    expect(t('extName')).toBe(localeMessages('en').extName?.message);
  });

  it('reads each template’s words as suggest will', () => {
    for (const template of GENERIC_TEMPLATES) expect(translate(`tpl_${template.id}_draft`)).toBe(getMessage(`tpl_${template.id}_draft`));
  });

  it('shows a missing key as itself rather than a blank', () => {
    expect(translate('tpl_no_such_template_draft')).toBe('tpl_no_such_template_draft');
  });
});
