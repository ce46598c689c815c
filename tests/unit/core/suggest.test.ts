import type { MomentKind } from '../../../src/core/moments';
import { seededRandom, type Random } from '../../../src/core/random';
import { templatesForMoment } from '../../../src/core/choose-idea';
import { RECENT_TEMPLATES_AVOIDED } from '../../../src/core/generic-idea';
import { suggest, type SuggestInput } from '../../../src/core/suggest';
import { GENERIC_TEMPLATES } from '../../../src/core/templates';
import { getMessage } from '../../support/fake-browser';

const translate = (key: string, substitutions?: readonly string[]) => getMessage(key, substitutions ? [...substitutions] : undefined);
const MOMENTS: MomentKind[] = ['email', 'social', 'messages'];
const BASE_TIME = new Date(2026, 10, 25, 9, 0).getTime();

function shown(templateId: string, minutesAgo: number) {
  return { shownAt: BASE_TIME - minutesAgo * 60_000, status: 'shown' as const, suggestion: { templateId, prompt: '', draft: '' } };
}

/** A good day by default, so that every idea may come; tests of energy say theirs. */
function input(overrides: Partial<SuggestInput> = {}): SuggestInput {
  return { history: [], energy: 'good', now: BASE_TIME, random: seededRandom('suggest'), translate, ...overrides };
}

/** The template ids chosen over many seeds, to see what the choice can and cannot produce. */
function choices(make: (random: Random) => SuggestInput, seeds = 200): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < seeds; i++) ids.add(suggest(make(seededRandom(`seed-${i}`))).templateId);
  return ids;
}

describe('templatesForMoment', () => {
  it.each(MOMENTS)('offers only templates tagged for a %s moment', (moment) => {
    const fitting = templatesForMoment(moment);
    expect(fitting.length).toBeGreaterThan(RECENT_TEMPLATES_AVOIDED);
    for (const template of fitting) expect(template.channels).toContain(moment);
    const others = GENERIC_TEMPLATES.filter((t) => !fitting.includes(t));
    for (const template of others) expect(template.channels).not.toContain(moment);
  });

  it('offers in the popup, where there is no moment, every template but those that speak of what is in view on a site', () => {
    const popup = templatesForMoment(undefined);
    expect(popup).toEqual(GENERIC_TEMPLATES.filter((t) => !t.onlyOnPage));
    expect(popup.length).toBeGreaterThan(RECENT_TEMPLATES_AVOIDED);
    for (const id of ['thanks_reply', 'kind_comment', 'share_find', 'congratulate_post']) expect(popup.map((t) => t.id)).not.toContain(id);
  });
});

describe('suggest', () => {
  it.each(MOMENTS)('picks a template that fits a %s moment, and can pick each of them', (moment) => {
    const ids = choices((random) => input({ moment, random }));
    expect([...ids].sort()).toEqual(
      templatesForMoment(moment)
        .map((t) => t.id)
        .sort(),
    );
  });

  it('fills the prompt and the draft from the locale', () => {
    const suggestion = suggest(input({ moment: 'email' }));
    expect(suggestion.prompt).toBe(getMessage(`tpl_${suggestion.templateId}_prompt`));
    expect(suggestion.draft).toBe(getMessage(`tpl_${suggestion.templateId}_draft`));
    expect(suggestion.prompt).not.toBe('');
    expect(suggestion.draft).not.toBe('');
  });

  it('avoids the last three templates shown', () => {
    const fitting = templatesForMoment('email').map((t) => t.id);
    const [a, b, c, d] = fitting as [string, string, string, string];
    // d was shown longest ago, so it is no longer among the last three and may return.
    const history = [shown(b, 30), shown(d, 500), shown(a, 10), shown(c, 60)];
    const ids = choices((random) => input({ moment: 'email', history, random }));
    expect(ids.has(a)).toBe(false);
    expect(ids.has(b)).toBe(false);
    expect(ids.has(c)).toBe(false);
    expect([...ids].sort()).toEqual(fitting.filter((id) => ![a, b, c].includes(id)).sort());
  });

  it('honours ids to exclude on top of the recent ones', () => {
    const fitting = templatesForMoment('social').map((t) => t.id);
    const [recent, excluded] = fitting as [string, string];
    const ids = choices((random) => input({ moment: 'social', history: [shown(recent, 5)], exclude: { templateIds: [excluded] }, random }));
    expect([...ids].sort()).toEqual(fitting.filter((id) => id !== recent && id !== excluded).sort());
  });

  it('offers with "Another idea" one shown lately rather than one just set aside, when nothing fresher is left', () => {
    const [shownLately, ...setAside] = templatesForMoment('email')
      .filter((t) => t.energy !== 'good')
      .map((t) => t.id);
    const ids = choices((random) =>
      input({ moment: 'email', energy: 'okay', history: [shown(shownLately as string, 5)], exclude: { templateIds: setAside }, random }),
    );
    expect([...ids]).toEqual([shownLately]);
  });

  it('still suggests a fitting template when every fitting one was excluded', () => {
    const fitting = templatesForMoment('social').map((t) => t.id);
    const suggestion = suggest(input({ moment: 'social', exclude: { templateIds: fitting } }));
    expect(fitting).toContain(suggestion.templateId);
    expect(suggestion.draft).not.toBe('');
  });

  it('gives the same suggestion for the same seed and history', () => {
    const history = [shown('kind_comment', 20)];
    for (const seed of ['a', 'b', 'monday', 'tuesday']) {
      const first = suggest(input({ moment: 'social', history, random: seededRandom(seed) }));
      const second = suggest(input({ moment: 'social', history, random: seededRandom(seed) }));
      expect(second).toEqual(first);
    }
  });

  it('offers "Add someone" only while nobody is in the list, archived people aside', () => {
    const someone = {
      id: 1,
      name: 'Jo',
      callName: 'Jo',
      handles: {},
      rhythm: 'weekly' as const,
      preferredChannel: 'any' as const,
      memories: [],
      archived: false,
      createdAt: 0,
    };
    expect(suggest(input({ moment: 'email' })).noPeopleYet).toBe(true);
    expect(suggest(input({ moment: 'email', people: [] })).noPeopleYet).toBe(true);
    expect(suggest(input({ moment: 'email', people: [{ ...someone, archived: true }] })).noPeopleYet).toBe(true);
    // Jo is there but cannot be reached on a social site: a generic idea, without "Add someone".
    const generic = suggest(input({ moment: 'social', site: 'reddit', people: [someone] }));
    expect(generic.personId).toBeUndefined();
    expect(generic).not.toHaveProperty('noPeopleYet');
    expect(suggest(input({ moment: 'email', people: [someone] }))).not.toHaveProperty('noPeopleYet');
  });

  it('uses the random source to choose, so different seeds can give different templates', () => {
    expect(choices((random) => input({ moment: 'messages', random }), 50).size).toBeGreaterThan(1);
  });
});
