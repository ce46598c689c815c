import type { Suggestion } from '../../../src/core/nudge';
import { seededRandom } from '../../../src/core/random';
import { render } from '../../../src/core/render';
import { suggest } from '../../../src/core/suggest';
import { ALL_TEMPLATES, templateById, type Template } from '../../../src/core/templates';
import { ENERGIES, type Energy } from '../../../src/core/energy';
import { LOCALES } from '../../support/fake-browser';
import { detailOf, friend, HOURS_OF_THE_WEEK, MOMENTS, suggestInput } from '../../support/suggest-fixtures';
import { factsOf, translateIn } from '../../support/words';
import { expectEvery } from '../../support/every';

const ASKS_TO_MEET = /\b(invit\w*|coffee|lunch|meal|call|walk\w*|meet)\b/i;

/**
 * 1000 seeded cards at one energy, over a varied list of people (details of every kind,
 * some reachable only by some channels), every kind of moment and hour of the week.
 */
function draws(energy: Energy | undefined, count = 1000, moments = MOMENTS): { suggestion: Suggestion; template: Template | undefined }[] {
  return Array.from({ length: count }, (_, i) => {
    const now = HOURS_OF_THE_WEEK[i % HOURS_OF_THE_WEEK.length] ?? 0;
    const moment = moments[i % moments.length];
    const people = [
      friend([detailOf('good-news', 'your new job', now), detailOf('interest', 'the cello', now)]),
      friend([detailOf('coming-up', 'your exams', now)], { name: 'Sam Reid', callName: 'Sam', email: undefined }),
      friend([detailOf('shared-memory', 'our trip to the coast', now)], { name: 'Alex Kim', callName: 'Alex', phone: undefined }),
      friend([], { name: 'Ruth Adler', callName: 'Ruth' }),
    ].slice(0, 1 + (i % 4));
    const suggestion = suggest(suggestInput({ people, energy, moment, site: moment === 'social' ? 'x' : undefined, now, random: seededRandom(`energy-${i}`) }));
    return { suggestion, template: templateById(suggestion.templateId) };
  });
}

describe('energy shapes the idea', () => {
  it('on a low day gives only the smallest ideas over 1000 draws: never an invitation or a call, never a question', () => {
    for (const { suggestion, template } of draws('low')) {
      expect(template?.energy, suggestion.templateId).toBe('low');
      expect(['invitation', 'walk-and-talk'], suggestion.templateId).not.toContain(template?.kind);
      expect(`${suggestion.prompt} ${suggestion.draft}`, suggestion.templateId).not.toMatch(ASKS_TO_MEET);
      // Nothing to answer: a line of thanks, a kind comment, a hello.
      expect(suggestion.draft, suggestion.templateId).not.toContain('?');
    }
  });

  it('on a good day can offer an invitation, a walk and a call', () => {
    const kinds = new Set(draws('good').map(({ template }) => template?.kind));
    const ids = new Set(draws('good').map(({ suggestion }) => suggestion.templateId));
    expect(kinds.has('invitation')).toBe(true);
    expect(kinds.has('walk-and-talk')).toBe(true);
    expect([...ids].some((id) => ['in_call', 'fu_call', 'wa_phone_walk'].includes(id))).toBe(true);
  });

  it('on an okay day offers check-in questions, never an invitation', () => {
    const okay = draws('okay');
    for (const { suggestion, template } of okay) {
      expect(template?.energy, suggestion.templateId).not.toBe('good');
      expect(suggestion.draft, suggestion.templateId).not.toMatch(ASKS_TO_MEET);
    }
    expect(okay.filter(({ suggestion }) => suggestion.draft.includes('?')).length).toBeGreaterThan(100);
  });

  it('counts an unknown energy as a low-to-okay day: never a good day’s idea, and smaller ideas more often than on an okay day', () => {
    const unknown = draws(undefined);
    for (const { suggestion, template } of unknown) expect(template?.energy, suggestion.templateId).not.toBe('good');
    const lowShare = (results: ReturnType<typeof draws>) => results.filter(({ template }) => template?.energy === 'low').length / results.length;
    expect(lowShare(unknown)).toBeGreaterThan(lowShare(draws('okay')) + 0.05);
    expect(lowShare(unknown)).toBeLessThan(1);
  });
});

/** Both texts of a template in a locale, filled in with a sample detail of a kind it carries. */
function wordsOf(template: Template, locale: string): string {
  const fill = translateIn(locale);
  const kind = template.carries[0];
  const texts = render(template, { name: 'Jo Okafor', callName: 'Jo' }, kind ? { text: factsOf(locale).sample[kind], kind } : undefined, fill);
  return texts ? `${texts.prompt} ${texts.draft}` : `${fill(`tpl_${template.id}_prompt`)} ${fill(`tpl_${template.id}_draft`)}`;
}
const inEveryLocale = (templates: readonly Template[]) => LOCALES.flatMap((locale) => templates.map((template) => ({ locale, id: template.id, template })));

describe('a low day asks for nothing that needs finding', () => {
  it('offers low-energy ideas complete as written, in every language: nothing to find or send first', () => {
    expectEvery(
      inEveryLocale(ALL_TEMPLATES.filter((t) => t.energy === 'low')),
      ({ locale, id }) => `${id} (${locale})`,
      ({ locale, template }) => {
        const found = factsOf(locale).findsSomething.filter((words) => words.test(wordsOf(template, locale)));
        expect(found.map(String)).toEqual([]);
      },
    );
  });

  it('offers an idea only on a site when its words, in any language, speak of what is in view there', () => {
    expectEvery(
      inEveryLocale(ALL_TEMPLATES),
      ({ locale, id }) => `${id} (${locale})`,
      ({ locale, template }) => {
        if (factsOf(locale).speaksOfThePage.some((words) => words.test(wordsOf(template, locale)))) expect(template.onlyOnPage).toBe(true);
      },
    );
  });

  it.each([...ENERGIES, undefined])('never offers in the popup an idea that only makes sense on a page, over 1000 draws (energy %s)', (energy) => {
    for (const { suggestion, template } of draws(energy, 1000, [undefined])) expect(template?.onlyOnPage, suggestion.templateId).toBeUndefined();
  });
});
