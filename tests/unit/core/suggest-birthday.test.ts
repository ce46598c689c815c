import type { Person } from '../../../src/core/people';
import { seededRandom } from '../../../src/core/random';
import { suggest, type HistoryEntry, type SuggestInput } from '../../../src/core/suggest';
import { DAY_MS } from '../../../src/core/time';
import { getMessage } from '../../support/fake-browser';

const translate = (key: string, substitutions?: readonly string[]) => getMessage(key, substitutions ? [...substitutions] : undefined);
/** 12 March 2026, 10:00 local time. */
const NOW = new Date(2026, 2, 12, 10).getTime();

function person(id: number, overrides: Partial<Person> = {}): Person {
  return {
    id,
    name: `Friend ${id}`,
    callName: `Friend${id}`,
    email: `friend${id}@example.com`,
    handles: {},
    rhythm: 'weekly',
    preferredChannel: 'any',
    memories: [],
    archived: false,
    createdAt: 0,
    ...overrides,
  };
}

const input = (people: Person[], overrides: Partial<SuggestInput> = {}): SuggestInput => ({
  moment: 'email',
  site: 'gmail',
  people,
  history: [],
  now: NOW,
  random: seededRandom('birthday'),
  translate,
  ...overrides,
});

describe('a birthday note', () => {
  // Someone due for their weekly note, and someone whose birthday is today but who was written to yesterday.
  const due = person(1);
  const birthday = person(2, { birthday: '--03-12', lastContactedAt: NOW - DAY_MS });

  it('comes first on the day, every year, even for someone suggested yesterday', () => {
    const yesterday: HistoryEntry = { shownAt: NOW - DAY_MS, status: 'dismissed', suggestion: { templateId: 'ch_hello', prompt: '', draft: '', personId: 2 } };
    for (const year of [2026, 2027, 2031]) {
      const now = new Date(year, 2, 12, 10).getTime();
      const suggestion = suggest(input([due, birthday], { now, history: [{ ...yesterday, shownAt: now - DAY_MS }] }));
      expect(suggestion).toMatchObject({ personId: 2, templateId: 'bd_happy', why: "Today is Friend 2's birthday." });
      expect(suggestion.draft).toContain('Happy birthday');
    }
  });

  it('is still offered two days after, saying so without counting, and not before the day', () => {
    expect(suggest(input([birthday], { now: NOW + 2 * DAY_MS })).why).toBe('Friend 2 had a birthday this week.');
    expect(suggest(input([due, birthday], { now: NOW - DAY_MS })).templateId).not.toMatch(/^bd_/);
    expect(suggest(input([due, birthday], { now: NOW + 3 * DAY_MS })).templateId).not.toMatch(/^bd_/);
  });

  it('is offered once: after it was shown, the birthday leaves room for others', () => {
    const offered: HistoryEntry = { shownAt: NOW - 60_000, status: 'dismissed', suggestion: { templateId: 'bd_happy', prompt: '', draft: '', personId: 2 } };
    expect(suggest(input([due, birthday], { history: [offered] })).personId).toBe(1);
  });

  it('is the gentle one, asking nothing back, while a hard time is noted', () => {
    const grieving = person(3, { birthday: '1980-03-12', memories: [{ id: 'm', text: 'losing your dad', kind: 'hard-time' }] });
    const suggestion = suggest(input([grieving]));
    expect(suggestion.templateId).toBe('bd_gentle');
    expect(suggestion.draft).not.toMatch(/happy|\?|!/i);
  });

  it('never comes up on another day, whatever else is chosen', () => {
    for (let day = 1; day < 365; day++) {
      const now = NOW + day * DAY_MS;
      if (day <= 2 || day >= 363) continue;
      const suggestion = suggest(input([birthday], { now, random: seededRandom(`d${day}`) }));
      expect(suggestion.templateId).not.toMatch(/^bd_/);
    }
  });
});
