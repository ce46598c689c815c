import type { MomentKind, SiteId } from './moments';
import type { Nudge, Suggestion } from './nudge';
import { HANDLE_SITES, RHYTHM_DAYS, type HandleSite, type Memory, type Person } from './people';
import { pickWeighted, type Random } from './random';
import { render, type Rendered, type Translate } from './render';
import { carriesDetail, fitsEnergy, GENERIC_TEMPLATES, PERSONAL_TEMPLATES, SMALLEST_IDEA, templateById, type Energy, type Template } from './templates';
import { isWithinWindow } from './time-window';
import { dateToTime, DAY_MS } from './time';
import { daysSinceBirthday } from './birthday';
import { profileUrl } from './compose';
import type { Ritual } from './rituals';

export type { Translate } from './render';

/** An earlier nudge; how awkward a sent note actually felt, when the person said so. */
export type HistoryEntry = Pick<Nudge, 'suggestion' | 'shownAt' | 'status'> & Partial<Pick<Nudge, 'actualAwkward'>>;

export interface SuggestInput {
  /** The kind of routine moment; absent when the person asked in the popup. */
  readonly moment?: MomentKind;
  /** The site of the moment, to find a person's handle there. */
  readonly site?: SiteId;
  readonly people?: readonly Person[];
  /** Earlier nudges in any order; the last 30 days are enough. */
  readonly history: readonly HistoryEntry[];
  /**
   * Today's energy as the person told it; undefined when they were not asked or skipped
   * the question, which counts as a low-to-okay day, never a good one.
   */
  readonly energy?: Energy;
  readonly now?: number;
  readonly random: Random;
  readonly translate: Translate;
  /**
   * Rituals whose day is today, due or done or let go (core/rituals.ts `ritualsOfToday`).
   * Their people are not suggested besides: the ritual holds today's hello to them, and
   * one ask per person is enough.
   */
  readonly ritualsToday?: readonly Pick<Ritual, 'personId'>[];
  /** Not to be offered again right now ("Another idea"). */
  readonly exclude?: { readonly templateIds?: readonly string[]; readonly personIds?: readonly number[] };
}

/** How many of the latest suggestions are not offered again. */
export const RECENT_TEMPLATES_AVOIDED = 3;
/** A person suggested this recently rests for now. */
export const PERSON_REST_DAYS = 3;
/** A person set aside twice within this many days rests for now. */
export const DISMISSALS_WINDOW_DAYS = 14;
/** The same template is not offered to the same person within this many days. */
export const TEMPLATE_REPEAT_DAYS = 30;
/**
 * When the latest note to someone actually felt this awkward or more (1–5), the next ideas
 * for them are the smallest: the person told how it felt, and it is heard.
 */
export const SMALL_AFTER_AWKWARD = 4;
/** With nobody due, people at least this far along their rhythm may still be suggested. */
export const NEARLY_DUE = 0.5;
/** A birthday note is not offered to the same person again within this many days. */
export const BIRTHDAY_REPEAT_DAYS = 7;
/** A dated note is followed up from its day until this many days after. */
export const FOLLOW_UP_DAYS = 21;
/**
 * With today's energy unknown, ideas go as far as an okay day's, and the smallest are
 * this many times as likely: a new user starts small.
 */
export const ENERGY_WHEN_UNKNOWN: Energy = 'okay';
export const SMALL_FIRST_WHEN_UNKNOWN = 2;

export function templatesForMoment(moment: MomentKind | undefined, templates: readonly Template[] = GENERIC_TEMPLATES): readonly Template[] {
  return moment ? templates.filter((t) => t.channels.includes(moment)) : templates;
}

/** One suggestion for this moment: a person and a detail when possible, else a small generic act. */
export function suggest(input: SuggestInput): Suggestion {
  const now = input.now ?? Date.now();
  return suggestForPerson(input, now) ?? suggestGeneric(input, now);
}

/** Whether a template fits today's energy and the clock ("Good morning" only in the morning). */
export function fitsToday(template: Template, energy: Energy | undefined, now: number): boolean {
  return fitsEnergy(template, energy ?? ENERGY_WHEN_UNKNOWN) && (template.when === undefined || isWithinWindow(template.when, now));
}

function energyWeight(template: Template, energy: Energy | undefined): number {
  return energy === undefined && template.energy === 'low' ? SMALL_FIRST_WHEN_UNKNOWN : 1;
}

function suggestGeneric(input: SuggestInput, now: number): Suggestion {
  const forMoment = templatesForMoment(input.moment);
  const fitting = forMoment.filter((t) => fitsToday(t, input.energy, now));
  const recent = [...input.history]
    .sort((a, b) => b.shownAt - a.shownAt)
    .slice(0, RECENT_TEMPLATES_AVOIDED)
    .map((n) => n.suggestion.templateId);
  const avoided = new Set([...recent, ...(input.exclude?.templateIds ?? [])]);
  const fresh = fitting.filter((t) => !avoided.has(t.id));
  // Past every fitting idea, the smallest ones come round again, never a bigger ask.
  const pool = fresh.length > 0 ? fresh : fitting.length > 0 ? fitting : forMoment.filter((t) => t.energy === 'low');
  const template = pickWeighted(pool, (t) => energyWeight(t, input.energy), input.random) ?? SMALLEST_IDEA;
  // "Add someone" is offered only to someone with nobody in their list: to a person whose
  // people just do not fit this moment it would read as "you have nobody".
  const noPeopleYet = !(input.people ?? []).some((person) => !person.archived);
  return {
    templateId: template.id,
    prompt: input.translate(`tpl_${template.id}_prompt`),
    draft: input.translate(`tpl_${template.id}_draft`),
    ...(noPeopleYet ? { noPeopleYet: true } : {}),
  };
}

/** How far along their rhythm a person is: 1 means a note is due today. */
export function dueRatio(person: Person, now: number): number {
  const days = RHYTHM_DAYS[person.rhythm];
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

function handleOn(person: Person, site: SiteId | undefined): string | undefined {
  return site && (HANDLE_SITES as readonly string[]).includes(site) ? person.handles[site as HandleSite] : undefined;
}

/** People who may be suggested now: not archived, not resting after a recent suggestion or two set-asides, not held by today's ritual. */
export function eligiblePeople(input: SuggestInput, now: number): Person[] {
  const excluded = new Set([...(input.exclude?.personIds ?? []), ...(input.ritualsToday ?? []).flatMap((ritual) => ritual.personId ?? [])]);
  return (input.people ?? []).filter((person) => {
    if (person.archived || person.id === undefined || excluded.has(person.id)) return false;
    const theirs = input.history.filter((n) => n.suggestion.personId === person.id);
    const suggestedLately = theirs.some((n) => now - n.shownAt < PERSON_REST_DAYS * DAY_MS);
    const setAside = theirs.filter((n) => n.status === 'dismissed' && now - n.shownAt < DISMISSALS_WINDOW_DAYS * DAY_MS);
    return !suggestedLately && setAside.length < 2;
  });
}

/**
 * Prefers people reachable on this moment's channel, and among them those due for their
 * rhythm, weighted by how far along it they are: the most overdue is the likeliest, yet
 * every due person comes up in turn. With nobody due, someone halfway along their rhythm
 * (or with no rhythm) may come up; someone just written to rests.
 */
export function pickPerson(input: SuggestInput, now: number): Person | undefined {
  // A birthday comes first, even for someone suggested a day ago: it is once a year.
  const birthdays = reachableFirst(input, birthdayPeople(input, now));
  if (birthdays.length > 0) return pickWeighted(birthdays, () => 1, input.random);
  const pool = reachableFirst(input, eligiblePeople(input, now));
  const due = pool.filter((p) => dueRatio(p, now) >= 1);
  const candidates = due.length > 0 ? due : pool.filter((p) => p.rhythm === 'none' || dueRatio(p, now) >= NEARLY_DUE);
  return pickWeighted(candidates, (p) => Math.min(4, dueRatio(p, now)) + 0.05, input.random);
}

/** People reachable on this moment's channel; on a social site only someone with a handle there fits, elsewhere Copy always works. */
function reachableFirst(input: SuggestInput, people: readonly Person[]): Person[] {
  const reachable = people.filter((p) => isReachable(p, input.moment, input.site));
  return reachable.length > 0 || input.moment === 'social' ? reachable : [...people];
}

/** Whether a birthday note fits for this person now: on or just after the day, and not offered yet this time. */
export function birthdayDue(person: Person, history: readonly HistoryEntry[], now: number): boolean {
  if (daysSinceBirthday(person.birthday, now) === undefined) return false;
  return !history.some(
    (n) =>
      n.suggestion.personId === person.id &&
      templateById(n.suggestion.templateId)?.occasion === 'birthday' &&
      now - n.shownAt < BIRTHDAY_REPEAT_DAYS * DAY_MS,
  );
}

function birthdayPeople(input: SuggestInput, now: number): Person[] {
  const excluded = new Set(input.exclude?.personIds ?? []);
  return (input.people ?? []).filter(
    (person) => !person.archived && person.id !== undefined && !excluded.has(person.id) && birthdayDue(person, input.history, now),
  );
}

/** Something coming up whose day has come within the last few weeks. */
export function followUpMemory(person: Person, now: number): Memory | undefined {
  return person.memories.find(
    (m) => m.kind === 'coming-up' && m.date !== undefined && now >= dateToTime(m.date) && now - dateToTime(m.date) < FOLLOW_UP_DAYS * DAY_MS,
  );
}

/**
 * While a hard time is noted for someone, every idea for them is a gentle one. So too
 * while a detail's kind is not known (the neutral kind: saved before kinds existed, or
 * left unsorted): it may be a hard time, and when unsure what a detail is, say less.
 */
export function gentleOnlyFor(person: Pick<Person, 'memories'>): boolean {
  return person.memories.some((memory) => memory.kind === 'hard-time' || memory.kind === 'other');
}

/** One personal idea that may be offered now, and the detail it would name. */
export interface PersonalOption {
  readonly template: Template;
  readonly detail?: Memory;
}

/**
 * Every personal template that may be offered for this person now: fitting the moment,
 * today's energy and the clock, gentle while a hard time (or a detail of unknown kind) is noted, not used for them
 * lately, and — when it names a detail — with words that fit that detail's kind. A
 * follow-up names the day that has come; others name the next detail in turn.
 */
export function personalOptions(input: SuggestInput, person: Person, now: number): PersonalOption[] {
  const memory = nextMemory(person, input.history, now);
  const followUp = followUpMemory(person, now);
  const templatesUsedLately = new Set(
    input.history
      .filter((n) => n.suggestion.personId === person.id && now - n.shownAt < TEMPLATE_REPEAT_DAYS * DAY_MS)
      .map((n) => n.suggestion.templateId),
  );
  const excluded = new Set(input.exclude?.templateIds ?? []);
  const gentleOnly = gentleOnlyFor(person);
  const energy = energyFor(person, input);
  const fitting = templatesForMoment(input.moment, PERSONAL_TEMPLATES).filter(
    (template) => fitsToday(template, energy, now) && !templatesUsedLately.has(template.id) && !excluded.has(template.id),
  );
  // On a birthday, the birthday note: the cheerful one, or the gentle one while a hard time is noted.
  const birthday = birthdayDue(person, input.history, now)
    ? fitting.filter((template) => template.occasion === 'birthday' && template.gentle === gentleOnly)
    : [];
  if (birthday.length > 0) return birthday.map((template) => ({ template }));
  return fitting.flatMap((template): PersonalOption[] => {
    if (template.occasion !== undefined || (gentleOnly && !template.gentle)) return [];
    if (!template.needs.includes('detail')) return [{ template }];
    const detail = template.kind === 'follow-up' ? followUp : memory;
    return detail && carriesDetail(template, detail.kind) ? [{ template, detail }] : [];
  });
}

/** Today's energy, or the smallest ideas for someone the latest note to whom actually felt awkward. */
export function energyFor(person: Person, input: Pick<SuggestInput, 'history' | 'energy'>): Energy | undefined {
  const answered = input.history
    .filter((n) => n.suggestion.personId === person.id && n.status === 'sent' && n.actualAwkward !== undefined)
    .sort((a, b) => b.shownAt - a.shownAt);
  const latest = answered[0]?.actualAwkward;
  return latest !== undefined && latest >= SMALL_AFTER_AWKWARD ? 'low' : input.energy;
}

/**
 * The detail used least lately for this person, so details take turns. A dated one joins
 * them once its day has come: asking how the new job is going fits only after it starts.
 */
export function nextMemory(person: Person, history: readonly HistoryEntry[], now: number): Memory | undefined {
  const usable = person.memories.filter((m) => m.date === undefined || dateToTime(m.date) <= now);
  const lastUsed = (memory: Memory) =>
    Math.max(-1, ...history.filter((n) => n.suggestion.personId === person.id && n.suggestion.memoryId === memory.id).map((n) => n.shownAt));
  return [...usable].sort((a, b) => lastUsed(a) - lastUsed(b))[0];
}

function suggestForPerson(input: SuggestInput, now: number): Suggestion | undefined {
  const person = pickPerson(input, now);
  if (!person || person.id === undefined) return undefined;
  const options = personalOptions(input, person, now);
  const memory = nextMemory(person, input.history, now);
  // A remembered detail makes a note sincere: a detail not used lately (or a due follow-up)
  // is always offered; one used lately takes turns with plainer notes.
  const weight = ({ template }: PersonalOption) =>
    (template.kind === 'follow-up' ? 6 : template.needs.includes('detail') ? 3 : 1) * energyWeight(template, input.energy);
  const freshDetail =
    followUpMemory(person, now) !== undefined || (memory !== undefined && !detailUsedLately(person, memory, input.history, now));
  const firstRendering = (pool: readonly PersonalOption[]) => {
    const remaining = [...pool];
    while (remaining.length > 0) {
      const option = pickWeighted(remaining, weight, input.random);
      if (!option) return undefined;
      const texts = render(option.template, person, option.detail, input.translate);
      if (texts) return personalSuggestion(option, person, texts, input);
      remaining.splice(remaining.indexOf(option), 1);
    }
    return undefined;
  };
  return (freshDetail ? firstRendering(options.filter((o) => o.detail !== undefined)) : undefined) ?? firstRendering(options);
}

function detailUsedLately(person: Person, memory: Memory, history: readonly HistoryEntry[], now: number): boolean {
  return history.some(
    (n) => n.suggestion.personId === person.id && n.suggestion.memoryId === memory.id && now - n.shownAt < TEMPLATE_REPEAT_DAYS * DAY_MS,
  );
}

function personalSuggestion({ template, detail }: PersonalOption, person: Person, texts: Rendered, input: SuggestInput): Suggestion {
  const handle = handleOn(person, input.site);
  return {
    templateId: template.id,
    ...texts,
    personId: person.id,
    personName: person.name,
    ...(detail ? { memoryId: detail.id } : {}),
    why: whyThis(person, detail, template, input.translate, input.now),
    ...(person.email ? { email: person.email } : {}),
    ...(person.phone ? { phone: person.phone } : {}),
    ...(person.preferredChannel !== 'any' ? { preferredChannel: person.preferredChannel } : {}),
    ...(handle && input.site ? { profileUrl: profileUrl(input.site as HandleSite, handle) } : {}),
  };
}

/** A short, kind reason: what the person asked for, never how long it has been. */
export function whyThis(person: Person, detail: Memory | undefined, template: Template, translate: Translate, now = Date.now()): string {
  if (template.occasion === 'birthday') {
    return translate(daysSinceBirthday(person.birthday, now) === 0 ? 'whyBirthdayToday' : 'whyBirthdayJustPassed', [person.name]);
  }
  if (template.kind === 'follow-up' && detail?.date) return translate('whyFollowUp', [person.name, detail.text]);
  const rhythmKey = { weekly: 'whyWeekly', fortnightly: 'whyFortnightly', monthly: 'whyMonthly', none: 'whyNoRhythm' } as const;
  return translate(rhythmKey[person.rhythm], [person.name]);
}

/** Suggestions already set aside with "Another idea" on one card. */
export interface Tried {
  readonly templateIds: readonly string[];
  readonly personIds: readonly number[];
}

/**
 * "Another idea": someone else first; with nobody else, another message for the same
 * person. Returns the new suggestion and what has now been tried, the current one included.
 */
export function suggestAnother(input: SuggestInput, current: Suggestion, tried: Tried): { suggestion: Suggestion; tried: Tried } {
  const templateIds = [...tried.templateIds, current.templateId];
  const personIds = current.personId === undefined ? [...tried.personIds] : [...tried.personIds, current.personId];
  const ask = (excludePeople: readonly number[]) => suggest({ ...input, exclude: { templateIds, personIds: excludePeople } });
  const otherPerson = ask(personIds);
  const suggestion = otherPerson.personId === undefined && current.personId !== undefined ? ask(tried.personIds) : otherPerson;
  return { suggestion, tried: { templateIds, personIds } };
}
