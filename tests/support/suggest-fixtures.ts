import type { MomentKind } from '../../src/core/moments';
import type { NudgeStatus, Suggestion } from '../../src/core/nudge';
import type { DetailKind, Memory, Person } from '../../src/core/people';
import { seededRandom } from '../../src/core/random';
import { IDEAS_HISTORY_DAYS, suggest, type HistoryEntry, type SuggestInput, type Translate } from '../../src/core/suggest';
import { DAY_MS } from '../../src/core/time';
import { getMessage } from './fake-browser';

/** Chromium's way of filling the English words, as the extension pages see it. */
export const translate: Translate = (key, substitutions) => getMessage(key, substitutions ? [...substitutions] : undefined);

/** Local time (the tests run in Europe/Berlin); months count from 1 here. */
export function at(year: number, month: number, day: number, hours: number, minutes = 0): number {
  return new Date(year, month - 1, day, hours, minutes).getTime();
}

/** "YYYY-MM-DD" of the local day `days` before `now`. */
export function dayBefore(now: number, days: number): string {
  const date = new Date(now - days * DAY_MS);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export const MOMENTS: readonly (MomentKind | undefined)[] = ['email', 'messages', 'social', undefined];

/**
 * Hours that open every time window at least once: a Friday morning (morning, end of the
 * week, before the weekend), a Thursday evening, a Sunday afternoon, a Tuesday at noon.
 */
export const HOURS_OF_THE_WEEK: readonly number[] = [at(2026, 11, 27, 8), at(2026, 11, 26, 19), at(2026, 11, 29, 14), at(2026, 11, 24, 12, 30)];

let nextId = 1;

/** Someone reachable everywhere, due for a note, with the details given. */
export function friend(memories: readonly Memory[], overrides: Partial<Person> = {}): Person {
  return {
    id: nextId++,
    name: 'Jo Okafor',
    callName: 'Jo',
    email: 'jo@example.com',
    phone: '+44 7700 900123',
    handles: { x: 'jo_o', reddit: 'jo_o' },
    rhythm: 'weekly',
    preferredChannel: 'any',
    memories: [...memories],
    archived: false,
    createdAt: 0,
    ...overrides,
  };
}

/** One detail of a kind; something coming up had its day three days before `now`, so it is followed up. */
export function detailOf(kind: DetailKind, text: string, now: number): Memory {
  return { id: `${kind}-${text}`, text, kind, ...(kind === 'coming-up' ? { date: dayBefore(now, 3) } : {}) };
}

export function suggestInput(overrides: Partial<SuggestInput>): SuggestInput {
  return { history: [], random: seededRandom('fixtures'), translate, ...overrides };
}

/** Someone with only what is given: no address or number, so reachable by Copy alone; due for a fortnightly note. */
export function someone(overrides: Partial<Person> = {}): Person {
  const id = nextId++;
  const name = overrides.name ?? `Person ${id}`;
  return {
    id,
    name,
    callName: name.split(' ')[0] ?? name,
    handles: {},
    rhythm: 'fortnightly',
    preferredChannel: 'any',
    memories: [],
    archived: false,
    createdAt: 0,
    ...overrides,
  };
}

/** An earlier nudge that named a person, with the template and the detail it used. */
export function shownTo(personId: number | undefined, templateId: string, at: number, status: NudgeStatus = 'shown', memoryId?: string): HistoryEntry {
  return {
    shownAt: at,
    status,
    suggestion: { templateId, prompt: '', draft: '', ...(personId === undefined ? {} : { personId }), ...(memoryId ? { memoryId } : {}) },
  };
}

/** How often each person id (undefined: nobody) is named over many seeded draws. */
export function tally(make: (seed: string) => SuggestInput, draws = 1000): Map<number | undefined, number> {
  const counts = new Map<number | undefined, number>();
  for (let i = 0; i < draws; i++) {
    const id = suggest(make(`draw-${i}`)).personId;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Ideas one after another, each shown at its time and kept in the history the next one
 * reads (the last `IDEAS_HISTORY_DAYS`, as the background reads it). `step` gives each
 * idea's time and what else its input holds; `answer` what the person did with it.
 */
export function successiveIdeas(
  count: number,
  step: (index: number) => Partial<SuggestInput> & { now: number },
  answer: (suggestion: Suggestion, index: number) => Partial<HistoryEntry> = () => ({}),
): Suggestion[] {
  const history: HistoryEntry[] = [];
  return Array.from({ length: count }, (_, index) => {
    const input = step(index);
    const recent = history.filter((entry) => input.now - entry.shownAt < IDEAS_HISTORY_DAYS * DAY_MS);
    const suggestion = suggest(suggestInput({ random: seededRandom(`idea-${index}`), ...input, history: recent }));
    history.push({ shownAt: input.now, status: 'shown', suggestion, ...answer(suggestion, index) });
    return suggestion;
  });
}
