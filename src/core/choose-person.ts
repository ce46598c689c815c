import { daysSinceBirthday } from './birthday';
import type { MomentKind, SiteId } from './moments';
import { HANDLE_SITES, RHYTHM_TABLE, type HandleSite, type Person } from './people';
import { pickWeighted } from './random';
import { historyOf, type HistoryEntry, type SuggestInput } from './suggest-input';
import { templateById } from './templates';
import { DAY_MS } from './time';

/** Someone suggested this recently steps back while someone else can be named. */
export const PERSON_REST_DAYS = 3;
/** A person set aside twice within this many days rests for now. */
export const DISMISSALS_WINDOW_DAYS = 14;
/**
 * Someone is "just written to", and rests, until they are this far along their rhythm.
 * With nobody due, people at least this far along (or with no rhythm) may be suggested.
 */
export const NEARLY_DUE = 0.5;
/** A birthday note is not offered to the same person again within this many days. */
export const BIRTHDAY_REPEAT_DAYS = 7;

/**
 * Why someone is named, for the card's "Why this?": their birthday, the rhythm the user
 * chose for them, or — before they are due — that this site can reach them.
 */
export type ChosenBecause = 'birthday' | 'rhythm' | 'reachable-here';

export interface ChosenPerson {
  readonly person: Person;
  readonly because: ChosenBecause;
}

/** How far along their rhythm a person is: 1 means a note is due today. */
export function dueRatio(person: Person, now: number): number {
  const days = RHYTHM_TABLE[person.rhythm].days;
  if (days === undefined) return 0.25;
  if (person.lastContactedAt === undefined) return 1;
  return (now - person.lastContactedAt) / (days * DAY_MS);
}

/** Whether a note to this person can go out through this moment's own channel. */
export function isReachable(person: Person, moment: MomentKind | undefined, site: SiteId | undefined): boolean {
  if (moment === 'email') return person.email !== undefined;
  if (moment === 'messages') return person.phone !== undefined;
  if (moment === 'social') return handleOn(person, site) !== undefined;
  return true;
}

export function handleOn(person: Person, site: SiteId | undefined): string | undefined {
  return site && (HANDLE_SITES as readonly string[]).includes(site) ? person.handles[site as HandleSite] : undefined;
}

/** People who may be suggested at all now: not archived, not set aside twice lately, not held by today's ritual or "Another idea". */
export function eligiblePeople(input: SuggestInput, now: number): Person[] {
  const excluded = new Set([...(input.exclude?.personIds ?? []), ...(input.ritualsToday ?? []).flatMap((ritual) => ritual.personId ?? [])]);
  return (input.people ?? []).filter((person) => {
    if (person.archived || person.id === undefined || excluded.has(person.id)) return false;
    const setAside = historyOf(person, input.history).filter((n) => n.status === 'dismissed' && now - n.shownAt < DISMISSALS_WINDOW_DAYS * DAY_MS);
    return setAside.length < 2;
  });
}

/** When this person was last suggested, or -Infinity. */
function lastSuggested(person: Person, history: readonly HistoryEntry[]): number {
  return Math.max(-Infinity, ...historyOf(person, history).map((n) => n.shownAt));
}

/**
 * The people to try, in order: the first is the one to name, the others stand by in case
 * no idea fits the first. A birthday comes first, even for someone suggested a day ago: it
 * is once a year. Then people reachable on this moment's channel: those due for their
 * rhythm, weighted by how far along it they are (the most due is the likeliest, yet
 * every due person comes up in turn), then those halfway along (or with no rhythm).
 * Someone suggested in the last few days steps back while someone else can be named,
 * and comes again before an idea would name nobody; someone just written to rests.
 */
export function peopleInTurn(input: SuggestInput, now: number): ChosenPerson[] {
  const birthdays = reachableFirst(input, birthdayPeople(input, now));
  const birthday = pickWeighted(birthdays, () => 1, input.random);
  const notJustWrittenTo = eligiblePeople(input, now).filter((p) => !birthdays.includes(p) && !justWrittenTo(p, now));
  const pool = reachableFirst(input, notJustWrittenTo);
  const rested = (p: Person) => now - lastSuggested(p, input.history) < PERSON_REST_DAYS * DAY_MS;
  const due = pool.filter((p) => dueRatio(p, now) >= 1);
  const nearlyDue = pool.filter((p) => !due.includes(p));
  const weight = (p: Person) => Math.min(4, dueRatio(p, now)) + 0.05;
  const tiers = [due.filter((p) => !rested(p)), nearlyDue.filter((p) => !rested(p))].map((tier) => weightedOrder(tier, weight, input));
  const suggestedLately = [...due, ...nearlyDue].filter(rested).sort((a, b) => lastSuggested(a, input.history) - lastSuggested(b, input.history));
  const ordered = [...tiers.flat(), ...suggestedLately];
  return [
    ...(birthday ? [{ person: birthday, because: 'birthday' as const }] : []),
    ...birthdays.filter((p) => p !== birthday).map((person) => ({ person, because: 'birthday' as const })),
    ...ordered.map((person) => ({ person, because: becauseOf(person, input, now) })),
  ];
}

/** Someone written to lately, not yet halfway along their rhythm, rests (with no rhythm, nobody does). */
function justWrittenTo(person: Person, now: number): boolean {
  return person.rhythm !== 'none' && dueRatio(person, now) < NEARLY_DUE;
}

/** The first person to try now, as `peopleInTurn` orders them. */
export function pickPerson(input: SuggestInput, now: number): Person | undefined {
  return peopleInTurn(input, now)[0]?.person;
}

/** The whole list in a weighted random order: the first drawn as `pickWeighted` would, then the next from the rest. */
function weightedOrder(people: readonly Person[], weight: (p: Person) => number, input: SuggestInput): Person[] {
  const remaining = [...people];
  const ordered: Person[] = [];
  while (remaining.length > 0) {
    const next = pickWeighted(remaining, weight, input.random) as Person;
    ordered.push(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return ordered;
}

/** Due: the rhythm the user chose. Not yet due, on a site that reaches them: that. */
function becauseOf(person: Person, input: SuggestInput, now: number): ChosenBecause {
  const reachableHere = input.moment !== undefined && isReachable(person, input.moment, input.site);
  return person.rhythm !== 'none' && dueRatio(person, now) < 1 && reachableHere ? 'reachable-here' : 'rhythm';
}

/**
 * People reachable on this moment's channel. On a social site only someone with a handle
 * there fits; elsewhere, when none of them has an address or number, Copy always works.
 */
function reachableFirst(input: SuggestInput, people: readonly Person[]): Person[] {
  const reachable = people.filter((p) => isReachable(p, input.moment, input.site));
  return reachable.length > 0 || input.moment === 'social' ? reachable : [...people];
}

/** Whether a birthday note fits for this person now: on or just after the day, and not offered yet this time. */
export function birthdayDue(person: Person, history: readonly HistoryEntry[], now: number): boolean {
  if (daysSinceBirthday(person.birthday, now) === undefined) return false;
  return !historyOf(person, history).some(
    (n) => templateById(n.suggestion.templateId)?.occasion === 'birthday' && now - n.shownAt < BIRTHDAY_REPEAT_DAYS * DAY_MS,
  );
}

function birthdayPeople(input: SuggestInput, now: number): Person[] {
  const excluded = new Set(input.exclude?.personIds ?? []);
  return (input.people ?? []).filter(
    (person) => !person.archived && person.id !== undefined && !excluded.has(person.id) && birthdayDue(person, input.history, now),
  );
}
