import { DETAIL_KINDS, type DetailKind } from '../../../src/core/people';
import { seededRandom } from '../../../src/core/random';
import { render } from '../../../src/core/render';
import { personalOptions } from '../../../src/core/choose-idea';
import { suggest } from '../../../src/core/suggest';
import { PERSONAL_TEMPLATES, templateById, type Template, type TemplateKind } from '../../../src/core/templates';
import { ENERGIES, type Energy } from '../../../src/core/energy';
import { corpusDetails, personOf } from '../../support/corpus';
import { LOCALES } from '../../support/fake-browser';
import { detailOf, friend, HOURS_OF_THE_WEEK, MOMENTS, suggestInput, translate } from '../../support/suggest-fixtures';
import { factsOf, translateIn } from '../../support/words';

/**
 * What each kind of detail may be met with, written here apart from the catalogue's own
 * `carries`, so that a template tagged wrongly fails. A hard time is only ever met by
 * gentle presence. The neutral kind, which may hide a hard time or good news, only by the
 * neutral check-in: never condolence, never cheer.
 */
const MAY_NAME: Record<DetailKind, readonly TemplateKind[]> = {
  'good-news': ['celebrate', 'invitation'],
  'hard-time': ['empathy', 'check-in'],
  interest: ['curiosity', 'shared-interest', 'walk-and-talk', 'voice-memo', 'encouraging-comment', 'check-in'],
  'coming-up': ['follow-up', 'check-in'],
  'shared-memory': ['appreciation', 'curiosity', 'shared-interest', 'invitation'],
  other: ['check-in'],
};

/** Kinds of detail that may be a hard time, as far as the extension knows: only gentle ideas for that person. */
const MAY_BE_HARD: readonly DetailKind[] = ['hard-time', 'other'];

/** The only kinds of idea offered for someone while a hard time is noted for them. */
const FOR_SOMEONE_IN_A_HARD_TIME: readonly TemplateKind[] = ['appreciation', 'empathy', 'check-in', 'ritual'];

/**
 * A second net, on the words themselves, in every language: nothing cheerful, no "how is
 * it going", no invitation to meet or to talk it over, nothing light, for a hard time. The
 * lists are in tests/support/words.ts.
 */
const ENERGY_CASES: readonly (Energy | undefined)[] = [...ENERGIES, undefined];
const SAMPLE_TEXT = factsOf('en').sample;

function wordsThatHurt(text: string, locale = 'en'): string[] {
  return factsOf(locale)
    .notForAHardTime.filter((pattern) => pattern.test(text))
    .map(String);
}

/** Every way one template can be offered to someone with one detail of this kind. */
function offers(template: Template, kind: DetailKind, energy: Energy | undefined) {
  return HOURS_OF_THE_WEEK.flatMap((now) =>
    MOMENTS.flatMap((moment) => {
      const person = friend([detailOf(kind, SAMPLE_TEXT[kind], now)]);
      const option = personalOptions(suggestInput({ moment, site: moment === 'social' ? 'x' : undefined, energy, now }), person, now).find(
        (candidate) => candidate.template.id === template.id,
      );
      return option ? [{ ...option, person }] : [];
    }),
  );
}

describe('every template × every kind of detail × every energy', () => {
  it.each(PERSONAL_TEMPLATES)('$id is offered only where its words fit the detail and the person', (template) => {
    for (const kind of DETAIL_KINDS) {
      for (const energy of ENERGY_CASES) {
        for (const { detail, person } of offers(template, kind, energy)) {
          const pairing = `${template.id} (${template.kind}) for someone with ${kind}, energy ${energy ?? 'unknown'}`;
          if (detail) {
            expect(MAY_NAME[detail.kind], `${pairing} names it`).toContain(template.kind);
            expect(template.carries, pairing).toContain(detail.kind);
          }
          if (MAY_BE_HARD.includes(kind)) {
            expect(template.gentle, `${pairing} is gentle`).toBe(true);
            expect(FOR_SOMEONE_IN_A_HARD_TIME, pairing).toContain(template.kind);
            for (const locale of LOCALES) {
              const inLocale = detail && { ...detail, text: factsOf(locale).sample[detail.kind] };
              const texts = render(template, person, inLocale, translateIn(locale));
              expect(wordsThatHurt(`${texts?.prompt} ${texts?.draft}`, locale), `${pairing}, in ${locale}`).toEqual([]);
              expect(texts?.draft, `${pairing}, in ${locale}, frees them from answering`).toMatch(factsOf(locale).noNeedToReply);
              expect(texts?.draft, `${pairing}, in ${locale}, asks nothing`).not.toContain('?');
            }
          }
        }
      }
    }
  });

  it.each(DETAIL_KINDS)('meets a %s detail with some idea at every energy, so the exhaustive check above is not empty', (kind) => {
    for (const energy of ENERGY_CASES) {
      const named = PERSONAL_TEMPLATES.filter((template) => offers(template, kind, energy).some((offer) => offer.detail?.kind === kind));
      expect(named.length, `energy ${energy ?? 'unknown'}`).toBeGreaterThan(0);
    }
  });

  it.each(PERSONAL_TEMPLATES.filter((t) => t.needs.includes('detail')))('$id refuses to render a detail of a kind it does not carry', (template) => {
    for (const kind of DETAIL_KINDS) {
      const texts = render(template, { name: 'Jo Okafor', callName: 'Jo' }, { text: SAMPLE_TEXT[kind], kind }, translate);
      if ((template.carries as readonly DetailKind[]).includes(kind)) expect(texts, kind).toBeDefined();
      else expect(texts, kind).toBeUndefined();
    }
  });
});

describe('someone going through a hard time', () => {
  it.each(LOCALES)('is written to only in gentle words, for every hard time in the %s corpus, over every idea that can name it', (locale) => {
    const hardTimes = corpusDetails(locale).filter((detail) => detail.kind === 'hard-time');
    // The neutral kind may hide a hard time too: its templates must hold the same line.
    const naming = PERSONAL_TEMPLATES.filter((t) => t.carries.some((kind) => MAY_BE_HARD.includes(kind)));
    expect(naming.length).toBeGreaterThanOrEqual(3);
    expect(hardTimes.length).toBeGreaterThanOrEqual(5);
    for (const detail of hardTimes) {
      for (const template of naming) {
        const kind = template.carries.includes('hard-time') ? 'hard-time' : 'other';
        const texts = render(template, personOf(detail), { text: detail.text, kind }, translateIn(locale));
        const pairing = `${template.id} with “${detail.text}”`;
        expect(texts, pairing).toBeDefined();
        expect(wordsThatHurt(`${texts?.prompt} ${texts?.draft}`, locale), pairing).toEqual([]);
        expect(texts?.draft, pairing).toMatch(factsOf(locale).noNeedToReply);
      }
    }
  });

  it.each(LOCALES)('meets a hard time in %s only with gentle words in every gentle idea, named or not', (locale) => {
    // What a person with a hard time noted can be offered: every gentle idea, whether it names the detail or not.
    const detail = { text: factsOf(locale).sample['hard-time'], kind: 'hard-time' as const };
    for (const template of PERSONAL_TEMPLATES.filter((t) => t.gentle)) {
      const texts = render(template, { name: 'Jo Okafor', callName: 'Jo' }, template.needs.includes('detail') ? detail : undefined, translateIn(locale));
      if (!template.needs.includes('detail') || template.carries.includes('hard-time')) expect(texts, template.id).toBeDefined();
      expect(wordsThatHurt(`${texts?.prompt ?? ''} ${texts?.draft ?? ''}`, locale), template.id).toEqual([]);
      if (texts) expect(texts.draft, `${template.id} frees them from answering`).toMatch(factsOf(locale).noNeedToReply);
    }
  });

  it.each(LOCALES)('hears nothing cheerful over 1000 cards and "Another idea"s in %s, whatever else is remembered about them', (locale) => {
    const now = HOURS_OF_THE_WEEK[0] ?? 0;
    const sample = factsOf(locale).sample;
    const jo = friend([
      { id: 'loss', text: sample['hard-time'], kind: 'hard-time' },
      { id: 'job', text: sample['good-news'], kind: 'good-news' },
      { id: 'cello', text: sample.interest, kind: 'interest' },
      { id: 'coast', text: sample['shared-memory'], kind: 'shared-memory' },
    ]);
    let forJo = 0;
    for (let i = 0; i < 1000; i++) {
      const energy = ENERGY_CASES[i % ENERGY_CASES.length];
      const moment = MOMENTS[i % MOMENTS.length];
      const excluded = PERSONAL_TEMPLATES.filter((_, index) => (index + i) % 3 === 0).map((t) => t.id);
      const suggestion = suggest(
        suggestInput({
          people: [jo],
          energy,
          moment,
          site: moment === 'social' ? 'x' : undefined,
          now: now + (i % 7) * 3_600_000,
          exclude: { templateIds: excluded },
          random: seededRandom(`hard-${i}`),
          translate: translateIn(locale),
        }),
      );
      if (suggestion.personId === undefined) continue;
      forJo++;
      const template = templateById(suggestion.templateId);
      expect(template?.gentle, suggestion.templateId).toBe(true);
      expect(wordsThatHurt(`${suggestion.prompt} ${suggestion.draft}`, locale), suggestion.templateId).toEqual([]);
      expect(suggestion.draft, suggestion.templateId).toMatch(factsOf(locale).noNeedToReply);
    }
    expect(forJo).toBeGreaterThan(500);
  });
});

describe('a detail whose kind was never told', () => {
  it.each(LOCALES)('is named in %s only by the neutral check-ins, neither condolence nor cheer', (locale) => {
    const naming = PERSONAL_TEMPLATES.filter((t) => (t.carries as readonly DetailKind[]).includes('other'));
    // More than one, so that two such details can each have their turn within a month.
    expect(naming.length).toBeGreaterThanOrEqual(2);
    for (const template of naming) expect(template.kind, template.id).toBe('check-in');
    for (const detail of corpusDetails(locale).filter((d) => d.kind === 'other')) {
      for (const template of naming) {
        const texts = render(template, personOf(detail), { text: detail.text, kind: 'other' }, translateIn(locale));
        expect(wordsThatHurt(`${texts?.prompt} ${texts?.draft}`, locale), `${template.id} with “${detail.text}”`).toEqual([]);
      }
    }
    // Words of sympathy would tell someone with good news that something is wrong.
    for (const template of PERSONAL_TEMPLATES.filter((t) => t.kind === 'empathy' || t.kind === 'celebrate')) {
      expect(template.carries, template.id).not.toContain('other');
    }
  });

  it('keeps every idea for that person gentle, over 1000 cards, whatever else is remembered, until the person says more', () => {
    const now = HOURS_OF_THE_WEEK[0] ?? 0;
    const sample = factsOf('en').sample;
    const unsorted = (kind: DetailKind) =>
      friend([
        { id: 'funeral', text: "your dad's funeral", kind },
        { id: 'job', text: sample['good-news'], kind: 'good-news' },
        { id: 'cello', text: sample.interest, kind: 'interest' },
      ]);
    const kindsFor = (person: ReturnType<typeof friend>) =>
      Array.from({ length: 1000 }, (_, i) => {
        const moment = MOMENTS[i % MOMENTS.length];
        return suggest(
          suggestInput({
            people: [person],
            energy: ENERGY_CASES[i % ENERGY_CASES.length],
            moment,
            site: moment === 'social' ? 'x' : undefined,
            now: now + (i % 7) * 3_600_000,
            random: seededRandom(`unsorted-${i}`),
          }),
        );
      }).filter((suggestion) => suggestion.personId !== undefined);
    const whileUnsorted = kindsFor(unsorted('other'));
    expect(whileUnsorted.length).toBeGreaterThan(500);
    for (const suggestion of whileUnsorted) expect(templateById(suggestion.templateId)?.gentle, suggestion.templateId).toBe(true);
    // Told it is a shared memory, the person's ideas may be lighter again.
    const told = kindsFor(unsorted('shared-memory'));
    expect(told.some((suggestion) => templateById(suggestion.templateId)?.gentle === false)).toBe(true);
  });
});
