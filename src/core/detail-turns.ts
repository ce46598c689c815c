import type { DetailKind, Memory, Person } from './people';
import { historyOf, type HistoryEntry } from './suggest-input';
import { dateToTime, DAY_MS } from './time';

/** A dated note is followed up from its day until this many days after. */
export const FOLLOW_UP_DAYS = 21;
/** A detail named within this many days has had its turn lately. */
export const DETAIL_LATELY_DAYS = 30;

/**
 * While a hard time is noted for someone, every idea for them is a gentle one. So too
 * while a detail's kind is not known (the neutral kind: saved before kinds existed, or
 * left unsorted): it may be a hard time, and when unsure what a detail is, say less.
 */
export function gentleOnlyFor(person: Pick<Person, 'memories'>): boolean {
  return person.memories.some((memory) => memory.kind === 'hard-time' || memory.kind === 'other');
}

/** Whether a detail's day (if it has one) has come: asking how the new job is going fits only after it starts. */
export function dayHasCome(memory: Memory, now: number): boolean {
  return memory.date === undefined || dateToTime(memory.date) <= now;
}

/** Whether something coming up had its day within the last few weeks, so it may be followed up. */
export function inFollowUpWindow(memory: Memory, now: number): boolean {
  if (memory.kind !== 'coming-up' || memory.date === undefined) return false;
  const day = dateToTime(memory.date);
  return now >= day && now - day < FOLLOW_UP_DAYS * DAY_MS;
}

/** Something coming up whose day has come within the last few weeks. */
export function followUpMemory(person: Person, now: number): Memory | undefined {
  return person.memories.find((memory) => inFollowUpWindow(memory, now));
}

/** When this detail was last named for this person, or -Infinity. */
export function lastNamed(person: Person, memory: Memory, history: readonly HistoryEntry[]): number {
  return Math.max(
    -Infinity,
    ...historyOf(person, history)
      .filter((n) => n.suggestion.memoryId === memory.id)
      .map((n) => n.shownAt),
  );
}

/** Whether this detail was named for this person lately. */
export function namedLately(person: Person, memory: Memory, history: readonly HistoryEntry[], now: number): boolean {
  return now - lastNamed(person, memory, history) < DETAIL_LATELY_DAYS * DAY_MS;
}

/**
 * Among details never named, which goes first: a hard time is acknowledged before
 * anything else, then something coming up whose day has just come, then the rest in the
 * order the user wrote them.
 */
const FIRST_TURN: Partial<Record<DetailKind, number>> = { 'hard-time': 0, 'coming-up': 1 };

function firstTurn(memory: Memory, now: number): number {
  if (memory.kind === 'coming-up' && !inFollowUpWindow(memory, now)) return 2;
  return FIRST_TURN[memory.kind] ?? 2;
}

/**
 * The person's details whose day has come, in turn: the one named longest ago (or never)
 * first, so that every detail gets its turn. Choosing an idea walks this list and takes
 * the first detail some idea may carry now, so one that no idea fits today (good news
 * while a hard time is noted, say) never holds back the others.
 */
export function detailsInTurn(person: Person, history: readonly HistoryEntry[], now: number): Memory[] {
  const usable = person.memories.filter((memory) => dayHasCome(memory, now));
  const last = new Map(usable.map((memory) => [memory.id, lastNamed(person, memory, history)]));
  return usable
    .map((memory, order) => ({ memory, order }))
    .sort((a, b) => (last.get(a.memory.id) ?? 0) - (last.get(b.memory.id) ?? 0) || firstTurn(a.memory, now) - firstTurn(b.memory, now) || a.order - b.order)
    .map(({ memory }) => memory);
}
