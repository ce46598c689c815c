import type { MomentKind, SiteId } from './moments';
import type { Nudge, Suggestion } from './nudge';
import { HANDLE_SITES, RHYTHM_DAYS, type HandleSite, type Memory, type Person } from './people';
import { pickOne, pickWeighted, type Random } from './random';
import {
  fitsEnergy,
  GENERIC_TEMPLATES,
  MAX_TEMPLATE_LENGTH,
  PERSONAL_TEMPLATES,
  type Energy,
  type Template,
} from './templates';
import { dateToTime, DAY_MS } from './time';
import { profileUrl } from './compose';

/** Renders a message from `_locales`; passed in so this module stays free of browser APIs. */
export type Translate = (key: string, substitutions?: readonly string[]) => string;

export type HistoryEntry = Pick<Nudge, 'suggestion' | 'shownAt' | 'status'>;

export interface SuggestInput {
  /** The kind of routine moment; absent when the person asked in the popup. */
  readonly moment?: MomentKind;
  /** The site of the moment, to find a person's handle there. */
  readonly site?: SiteId;
  readonly people?: readonly Person[];
  /** Earlier nudges in any order; the last 30 days are enough. */
  readonly history: readonly HistoryEntry[];
  readonly energy?: Energy;
  readonly now?: number;
  readonly random: Random;
  readonly translate: Translate;
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
/** With nobody due, people at least this far along their rhythm may still be suggested. */
export const NEARLY_DUE = 0.5;
/** A dated note is followed up from its day until this many days after. */
export const FOLLOW_UP_DAYS = 21;

export function templatesForMoment(moment: MomentKind | undefined, templates: readonly Template[] = GENERIC_TEMPLATES): readonly Template[] {
  return moment ? templates.filter((t) => t.channels.includes(moment)) : templates;
}

/** One suggestion for this moment: a person and a detail when possible, else a small generic act. */
export function suggest(input: SuggestInput): Suggestion {
  return suggestForPerson(input) ?? suggestGeneric(input);
}

function suggestGeneric(input: SuggestInput): Suggestion {
  const fitting = templatesForMoment(input.moment).filter((t) => fitsEnergy(t, input.energy ?? 'good'));
  const recent = [...input.history]
    .sort((a, b) => b.shownAt - a.shownAt)
    .slice(0, RECENT_TEMPLATES_AVOIDED)
    .map((n) => n.suggestion.templateId);
  const avoided = new Set([...recent, ...(input.exclude?.templateIds ?? [])]);
  const fresh = fitting.filter((t) => !avoided.has(t.id));
  const pool = fresh.length > 0 ? fresh : fitting.length > 0 ? fitting : templatesForMoment(input.moment);
  const template = pickOne(pool, input.random) ?? GENERIC_TEMPLATES[0];
  return {
    templateId: template.id,
    prompt: input.translate(`tpl_${template.id}_prompt`),
    draft: input.translate(`tpl_${template.id}_draft`),
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

/** People who may be suggested now: not archived, not resting after a recent suggestion or two set-asides. */
export function eligiblePeople(input: SuggestInput, now: number): Person[] {
  const excluded = new Set(input.exclude?.personIds ?? []);
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
  const eligible = eligiblePeople(input, now);
  const reachable = eligible.filter((p) => isReachable(p, input.moment, input.site));
  // On a social site only someone with a handle there fits; elsewhere Copy always works.
  const pool = reachable.length > 0 || input.moment === 'social' ? reachable : eligible;
  const due = pool.filter((p) => dueRatio(p, now) >= 1);
  const candidates = due.length > 0 ? due : pool.filter((p) => p.rhythm === 'none' || dueRatio(p, now) >= NEARLY_DUE);
  return pickWeighted(candidates, (p) => Math.min(4, dueRatio(p, now)) + 0.05, input.random);
}

function detailTemplateFits(template: Template, memory: Memory | undefined, followUp: Memory | undefined): boolean {
  if (template.kind === 'follow-up') return followUp !== undefined;
  return !template.needs.includes('detail') || memory !== undefined;
}

/** A dated note whose day has come within the last few weeks. */
export function followUpMemory(person: Person, now: number): Memory | undefined {
  return person.memories.find((m) => m.date !== undefined && now >= dateToTime(m.date) && now - dateToTime(m.date) < FOLLOW_UP_DAYS * DAY_MS);
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

function suggestForPerson(input: SuggestInput): Suggestion | undefined {
  const now = input.now ?? Date.now();
  const person = pickPerson(input, now);
  if (!person || person.id === undefined) return undefined;
  const memory = nextMemory(person, input.history, now);
  const followUp = followUpMemory(person, now);
  const templatesUsedLately = new Set(
    input.history
      .filter((n) => n.suggestion.personId === person.id && now - n.shownAt < TEMPLATE_REPEAT_DAYS * DAY_MS)
      .map((n) => n.suggestion.templateId),
  );
  const excluded = new Set(input.exclude?.templateIds ?? []);
  const fitting = templatesForMoment(input.moment, PERSONAL_TEMPLATES).filter(
    (t) => fitsEnergy(t, input.energy ?? 'good') && !templatesUsedLately.has(t.id) && !excluded.has(t.id) && detailTemplateFits(t, memory, followUp),
  );
  // A remembered detail makes a note sincere: a detail not used lately (or a due follow-up)
  // is always offered; one used lately takes turns with plainer notes.
  const weight = (t: Template) => (t.kind === 'follow-up' ? 6 : t.needs.includes('detail') ? 3 : 1);
  const freshDetail = followUp !== undefined || (memory !== undefined && !detailUsedLately(person, memory, input.history, now));
  const firstRendering = (pool: readonly Template[]) => {
    const remaining = [...pool];
    while (remaining.length > 0) {
      const template = pickWeighted(remaining, weight, input.random);
      if (!template) return undefined;
      const detail = template.kind === 'follow-up' ? followUp : template.needs.includes('detail') ? memory : undefined;
      const texts = render(template, person, detail, input.translate);
      if (texts) return personalSuggestion(template, person, detail, texts, input);
      remaining.splice(remaining.indexOf(template), 1);
    }
    return undefined;
  };
  return (freshDetail ? firstRendering(fitting.filter((t) => t.needs.includes('detail'))) : undefined) ?? firstRendering(fitting);
}

function detailUsedLately(person: Person, memory: Memory, history: readonly HistoryEntry[], now: number): boolean {
  return history.some(
    (n) => n.suggestion.personId === person.id && n.suggestion.memoryId === memory.id && now - n.shownAt < TEMPLATE_REPEAT_DAYS * DAY_MS,
  );
}

const UNFILLED = /\$[A-Za-z_]+\$|\$\d/;

/** Both texts filled in and within length, or nothing: a placeholder never reaches a person. */
export function render(
  template: Template,
  person: Pick<Person, 'name'>,
  detail: Pick<Memory, 'text'> | undefined,
  translate: Translate,
): { prompt: string; draft: string } | undefined {
  if (template.needs.includes('detail') && !detail) return undefined;
  const substitutions = [person.name, detail?.text ?? ''];
  const prompt = translate(`tpl_${template.id}_prompt`, substitutions);
  const draft = translate(`tpl_${template.id}_draft`, substitutions);
  const filled = (text: string) => text.length > 0 && !UNFILLED.test(text.replace(person.name, '').replace(detail?.text ?? '', ''));
  if (!filled(prompt) || !filled(draft) || draft.length > MAX_TEMPLATE_LENGTH) return undefined;
  return { prompt, draft };
}

function personalSuggestion(
  template: Template,
  person: Person,
  detail: Memory | undefined,
  texts: { prompt: string; draft: string },
  input: SuggestInput,
): Suggestion {
  const handle = handleOn(person, input.site);
  return {
    templateId: template.id,
    ...texts,
    personId: person.id,
    personName: person.name,
    ...(detail ? { memoryId: detail.id } : {}),
    why: whyThis(person, detail, template, input.translate),
    ...(person.email ? { email: person.email } : {}),
    ...(person.phone ? { phone: person.phone } : {}),
    ...(person.preferredChannel !== 'any' ? { preferredChannel: person.preferredChannel } : {}),
    ...(handle && input.site ? { profileUrl: profileUrl(input.site as HandleSite, handle) } : {}),
  };
}

/** A short, kind reason: what the person asked for, never how long it has been. */
export function whyThis(person: Person, detail: Memory | undefined, template: Template, translate: Translate): string {
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
