import fc from 'fast-check';
import { templatesForMoment } from '../../../src/core/choose-idea';
import { dayHasCome, gentleOnlyFor, inFollowUpWindow } from '../../../src/core/detail-turns';
import type { MomentKind } from '../../../src/core/moments';
import type { Suggestion } from '../../../src/core/nudge';
import { seededRandom } from '../../../src/core/random';
import { DETAIL_KINDS, type DetailKind, type Memory, type Person } from '../../../src/core/people';
import { PERSONAL_TEMPLATES, templateById } from '../../../src/core/templates';
import { fitsEnergy } from '../../../src/core/energy';
import { ENERGIES, type Energy } from '../../../src/core/energy';
import { DAY_MS } from '../../../src/core/time';
import { LOCALES } from '../../support/fake-browser';
import { at, dayBefore, friend, successiveIdeas } from '../../support/suggest-fixtures';
import { factsOf, translateIn } from '../../support/words';

/** Monday 2 March 2026, 10:00: ideas come one a day from here. */
const START = at(2026, 3, 2, 10);
const dayOf = (index: number) => START + index * DAY_MS;
/** Days from START to a detail's day: none, just passed (followed up), long past, and two still to come. */
const DAYS = [undefined, -3, -60, 10, 25] as const;
/** A template is not used twice for one person within a month, so a detail with a single fitting template waits up to that. */
const MONTH_OF_IDEAS = 31;

/**
 * Whether some idea in the catalogue may name this detail now, as the catalogue declares
 * it: its day has come, and a template carries its kind on this channel at this energy,
 * gentle while a hard time (or a detail of unknown kind) is noted, a follow-up only just
 * after the day.
 */
function mayBeNamed(detail: Memory, person: Person, now: number, moment: MomentKind | undefined, energy: Energy | undefined): boolean {
  const gentleOnly = gentleOnlyFor(person);
  return (
    dayHasCome(detail, now) &&
    templatesForMoment(moment, PERSONAL_TEMPLATES).some(
      (t) =>
        (t.carries as readonly DetailKind[]).includes(detail.kind) &&
        fitsEnergy(t, energy ?? 'okay') &&
        (t.gentle || !gentleOnly) &&
        (t.kind !== 'follow-up' || inFollowUpWindow(detail, now)),
    )
  );
}

interface Run {
  readonly person: Person;
  readonly ideas: readonly Suggestion[];
  /** For each detail, the ideas at which it could have been named. */
  readonly namable: (detail: Memory) => number[];
}

function oneADay(
  kinds: readonly { kind: DetailKind; day: (typeof DAYS)[number] }[],
  moment: MomentKind | undefined,
  energy: Energy | undefined,
  count = 90,
): Run {
  const memories = kinds.map(({ kind, day }, i): Memory => {
    // Something coming up always has its day; others may.
    const offset = day ?? (kind === 'coming-up' ? -3 : undefined);
    return { id: `detail-${i}`, text: `thing ${i}`, kind, ...(offset === undefined ? {} : { date: dayBefore(START, -offset) }) };
  });
  const person = friend(memories);
  const ideas = successiveIdeas(count, (i) => ({ people: [person], moment, energy, now: dayOf(i) }));
  const namable = (detail: Memory) => ideas.flatMap((_, i) => (mayBeNamed(detail, person, dayOf(i), moment, energy) ? [i] : []));
  return { person, ideas, namable };
}

/** The longest run of ideas, from when a detail could first be named, without naming it. */
function longestWait(run: Run, detail: Memory): number {
  const open = run.namable(detail);
  let since = open[0] ?? Infinity;
  let longest = 0;
  for (const i of open) {
    if (run.ideas[i]?.memoryId === detail.id) since = i + 1;
    else longest = Math.max(longest, i - since + 1);
  }
  return longest;
}

const kindAndDay = fc.record({ kind: fc.constantFrom(...DETAIL_KINDS), day: fc.constantFrom(...DAYS) });
const moments = fc.constantFrom<MomentKind | undefined>('email', 'messages', undefined);
const energies = fc.constantFrom<Energy | undefined>(...ENERGIES, undefined);

describe('details taking turns, over every mix of kinds', () => {
  it('with each kind noted at most once: all named within the first few ideas, none waits more than a month, a hard time first and only gentle words with it', () => {
    const kinds = fc.uniqueArray(kindAndDay, { minLength: 1, maxLength: DETAIL_KINDS.length, selector: (k) => k.kind });
    fc.assert(
      fc.property(kinds, moments, energies, (noted, moment, energy) => {
        const run = oneADay(noted, moment, energy);
        const fromTheStart = run.person.memories.filter((detail) => run.namable(detail)[0] === 0);
        for (const detail of run.person.memories) {
          expect(longestWait(run, detail), detail.kind).toBeLessThanOrEqual(MONTH_OF_IDEAS);
          // What could be named from the first idea on is named within as many ideas as there are such details.
          if (fromTheStart.includes(detail))
            expect(
              run.ideas.slice(0, fromTheStart.length).map((s) => s.memoryId),
              detail.kind,
            ).toContain(detail.id);
        }
        const hardTime = fromTheStart.find((detail) => detail.kind === 'hard-time');
        if (hardTime) expect(run.ideas[0]?.memoryId).toBe(hardTime.id);
        if (gentleOnlyFor(run.person))
          for (const idea of run.ideas.filter((s) => s.personId !== undefined)) expect(templateById(idea.templateId)?.gentle, idea.templateId).toBe(true);
      }),
      { numRuns: 120, seed: 20260302 },
    );
  });

  it('with a kind noted twice: every detail that can be named is, at least every second month', () => {
    const twiceAtMost = (noted: { kind: DetailKind }[]) => DETAIL_KINDS.every((kind) => noted.filter((k) => k.kind === kind).length <= 2);
    fc.assert(
      fc.property(fc.array(kindAndDay, { minLength: 2, maxLength: 6 }).filter(twiceAtMost), moments, energies, (noted, moment, energy) => {
        const run = oneADay(noted, moment, energy);
        for (const detail of run.person.memories) expect(longestWait(run, detail), detail.kind).toBeLessThanOrEqual(2 * MONTH_OF_IDEAS);
      }),
      { numRuns: 60, seed: 20260303 },
    );
  });
});

describe('someone with five details of five kinds, a hard time among them', () => {
  it.each(LOCALES)(
    'hears the hard time acknowledged gently in %s over twenty ideas two days apart, and every other detail but the good news within five',
    (locale) => {
      const sample = factsOf(locale).sample;
      const maya = friend(
        (['good-news', 'hard-time', 'interest', 'coming-up', 'shared-memory'] as const).map((kind) => ({
          id: kind,
          text: sample[kind],
          kind,
          ...(kind === 'coming-up' ? { date: dayBefore(START, 3) } : {}),
        })),
        { name: 'Maya Lind', callName: 'Maya' },
      );
      const ideas = successiveIdeas(20, (i) => ({ people: [maya], moment: 'email', now: dayOf(2 * i), translate: translateIn(locale) }));
      expect(ideas.every((idea) => idea.personId === maya.id)).toBe(true);
      expect(ideas[0]?.memoryId).toBe('hard-time');
      expect(new Set(ideas.slice(0, 5).map((idea) => idea.memoryId))).toEqual(new Set(['hard-time', 'interest', 'coming-up', 'shared-memory', undefined]));
      expect(ideas.filter((idea) => idea.memoryId === 'hard-time').length).toBeGreaterThanOrEqual(2);
      for (const idea of ideas) {
        expect(idea.memoryId, 'good news waits while the hard time is noted').not.toBe('good-news');
        for (const words of factsOf(locale).notForAHardTime) expect(`${idea.prompt} ${idea.draft}`, idea.templateId).not.toMatch(words);
        expect(idea.draft, idea.templateId).toMatch(factsOf(locale).noNeedToReply);
      }
    },
  );

  it('names on a social site the one detail a public comment may carry, held back by none of the others', () => {
    const jo = friend([
      { id: 'job', text: 'your new job', kind: 'good-news' },
      { id: 'coast', text: 'our trip to the coast', kind: 'shared-memory' },
      { id: 'cello', text: 'the cello', kind: 'interest' },
    ]);
    const ideas = successiveIdeas(3, (i) => ({ people: [jo], moment: 'social', site: 'x', energy: 'okay', now: dayOf(i) }));
    expect(ideas.map((idea) => idea.memoryId)).toContain('cello');
  });
});

describe('one template for two details', () => {
  it('is left for the detail that has no other, whatever the draw', () => {
    // Unsorted, so only gentle words: the interest and the day just passed could each go
    // in two notes, the unsorted detail in only one of those.
    const lee = friend([
      { id: 'cello', text: 'the cello', kind: 'interest' },
      { id: 'exams', text: 'your exams', kind: 'coming-up', date: dayBefore(START, 60) },
      { id: 'cat', text: 'the cat', kind: 'other' },
    ]);
    for (let seed = 0; seed < 40; seed++) {
      const ideas = successiveIdeas(3, (i) => ({ people: [lee], moment: 'email', energy: 'low', now: dayOf(i), random: seededRandom(`${seed}-${i}`) }));
      expect(new Set(ideas.map((idea) => idea.memoryId)), `seed ${seed}`).toEqual(new Set(['cello', 'exams', 'cat']));
    }
  });
});
