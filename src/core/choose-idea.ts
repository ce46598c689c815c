import { birthdayDue } from './choose-person';
import { detailsInTurn, gentleOnlyFor, inFollowUpWindow, namedLately } from './detail-turns';
import { detailKey, feltHeavy, heldBack } from './felt-heavy';
import type { MomentKind } from './moments';
import type { Memory, Person } from './people';
import { pickWeighted } from './random';
import { render, type Rendered } from './render';
import { historyOf, type HistoryEntry, type SuggestInput } from './suggest-input';
import { carriesDetail, GENERIC_TEMPLATES, PERSONAL_TEMPLATES, type Template } from './templates';
import { fitsEnergy } from './energy';
import { type Energy } from './energy';
import { isWithinWindow } from './time-window';
import { DAY_MS } from './time';

/** The same template is not offered to the same person within this many days. */
export const TEMPLATE_REPEAT_DAYS = 30;
/**
 * Once every idea for someone has been offered within `TEMPLATE_REPEAT_DAYS`, one that
 * was only shown (never sent, so the friend never read it) may come again after this
 * many days, rather than their name giving way to an idea for nobody.
 */
export const SHOWN_TEMPLATE_REPEAT_DAYS = 14;
/**
 * With today's energy unknown, ideas go as far as an okay day's, and the smallest are
 * this many times as likely: a new user starts small.
 */
export const ENERGY_WHEN_UNKNOWN: Energy = 'okay';
export const SMALL_FIRST_WHEN_UNKNOWN = 2;

/**
 * The templates that fit a moment's channel. With no moment (the popup) every template
 * but those that speak of what is in view on a site ("one email", "a post you liked").
 */
export function templatesForMoment(moment: MomentKind | undefined, templates: readonly Template[] = GENERIC_TEMPLATES): readonly Template[] {
  return moment ? templates.filter((t) => t.channels.includes(moment)) : templates.filter((t) => !t.onlyOnPage);
}

/** Whether a template fits today's energy and the clock ("Good morning" only in the morning). */
export function fitsToday(template: Template, energy: Energy | undefined, now: number): boolean {
  return fitsEnergy(template, energy ?? ENERGY_WHEN_UNKNOWN) && (template.when === undefined || isWithinWindow(template.when, now));
}

export function energyWeight(template: Template, energy: Energy | undefined): number {
  return energy === undefined && template.energy === 'low' ? SMALL_FIRST_WHEN_UNKNOWN : 1;
}

/** How often an idea that fits comes: smaller first when the day's energy is unknown, and as its kind was taken up. */
export function ideaWeight(template: Template, input: Pick<SuggestInput, 'energy' | 'ideaWeights'>): number {
  return energyWeight(template, input.energy) * (input.ideaWeights?.[template.kind] ?? 1);
}

/**
 * Today's energy, or the smallest ideas for someone the latest note to whom felt heavy
 * (Heavier, or 4–5 of 5 awkward): the person told how it felt, and it is heard.
 */
export function energyFor(person: Person, input: Pick<SuggestInput, 'history' | 'energy'>): Energy | undefined {
  const told = historyOf(person, input.history)
    .filter((n) => n.status === 'sent' && (n.actualAwkward !== undefined || n.feeling !== undefined))
    .sort((a, b) => b.shownAt - a.shownAt);
  return told[0] && feltHeavy(told[0]) ? 'low' : input.energy;
}

/** One personal idea that may be offered now, and the detail it would name. */
export interface PersonalOption {
  readonly template: Template;
  readonly detail?: Memory;
}

/**
 * Every personal idea that may be offered for this person now: a template fitting the
 * moment, today's energy and the clock, gentle while a hard time (or a detail of unknown
 * kind) is noted, not used for them lately (see `SHOWN_TEMPLATE_REPEAT_DAYS`), not held
 * back because it felt heavy — and, when it names a detail, paired with each detail its
 * words fit (a follow-up only with something whose day has just come). On a birthday,
 * only the birthday note.
 */
export function personalOptions(input: SuggestInput, person: Person, now: number): PersonalOption[] {
  const strict = optionsNotUsedSince(input, person, now, () => TEMPLATE_REPEAT_DAYS);
  return strict.length > 0 ? strict : optionsNotUsedSince(input, person, now, (n) => (n.status === 'sent' ? TEMPLATE_REPEAT_DAYS : SHOWN_TEMPLATE_REPEAT_DAYS));
}

function optionsNotUsedSince(input: SuggestInput, person: Person, now: number, restDays: (entry: HistoryEntry) => number): PersonalOption[] {
  const usedLately = new Set(
    historyOf(person, input.history)
      .filter((n) => now - n.shownAt < restDays(n) * DAY_MS)
      .map((n) => n.suggestion.templateId),
  );
  const excluded = new Set(input.exclude?.templateIds ?? []);
  const held = heldBack(input.history, now, input.dayStartsAtMinutes);
  const gentleOnly = gentleOnlyFor(person);
  const energy = energyFor(person, input);
  const fitting = templatesForMoment(input.moment, PERSONAL_TEMPLATES).filter(
    (template) =>
      fitsToday(template, energy, now) &&
      !usedLately.has(template.id) &&
      !excluded.has(template.id) &&
      !held.templateIds.has(template.id) &&
      (template.gentle || !gentleOnly),
  );
  // On a birthday, the birthday note: the cheerful one, or the gentle one while a hard time is noted.
  const birthday = birthdayDue(person, input.history, now)
    ? fitting.filter((template) => template.occasion === 'birthday' && template.gentle === gentleOnly)
    : [];
  if (birthday.length > 0) return birthday.map((template) => ({ template }));
  const details = detailsInTurn(person, input.history, now).filter((memory) => !held.details.has(detailKey(person.id, memory.id)));
  return fitting.flatMap((template): PersonalOption[] => {
    if (template.occasion !== undefined) return [];
    if (!template.needs.includes('detail')) return [{ template }];
    return details
      .filter((detail) => carriesDetail(template, detail.kind) && (template.kind !== 'follow-up' || inFollowUpWindow(detail, now)))
      .map((detail) => ({ template, detail }));
  });
}

/** A personal idea, rendered: the option it came from and its words. */
export interface PersonalIdea extends PersonalOption {
  readonly texts: Rendered;
}

/**
 * One idea for this person, or none when nothing fits them now. Details take turns: the
 * detail named longest ago that some idea can carry now comes next. When it has not been
 * named lately it is always named; otherwise it takes turns with plainer notes. Its idea
 * leaves alone a template that is the last one able to carry another detail still waiting
 * for its turn, so that every detail keeps a way to it.
 */
export function ideaForPerson(input: SuggestInput, person: Person, now: number): PersonalIdea | undefined {
  const options = personalOptions(input, person, now);
  const namable = detailsInTurn(person, input.history, now).filter((memory) => options.some((o) => o.detail?.id === memory.id));
  const next = namable[0];
  const forNext = options.filter((o) => next !== undefined && o.detail?.id === next.id);
  const waiting = namable.slice(1).filter((memory) => !namedLately(person, memory, input.history, now));
  const spare = forNext.filter((o) => waiting.every((memory) => options.some((x) => x.detail?.id === memory.id && x.template !== o.template)));
  const turn = spare.length > 0 ? spare : forNext;
  const pool = next && !namedLately(person, next, input.history, now) ? turn : [...options.filter((o) => o.detail === undefined), ...turn];
  const weight = ({ template }: PersonalOption) =>
    (template.kind === 'follow-up' ? 6 : template.needs.includes('detail') ? 3 : 1) * ideaWeight(template, input);
  const firstRendering = (candidates: readonly PersonalOption[]): PersonalIdea | undefined => {
    const remaining = [...candidates];
    while (remaining.length > 0) {
      const option = pickWeighted(remaining, weight, input.random) as PersonalOption;
      const texts = render(option.template, person, option.detail, input.translate);
      if (texts) return { ...option, texts };
      remaining.splice(remaining.indexOf(option), 1);
    }
    return undefined;
  };
  // A name or a detail too long for every idea in turn leaves the others, plainer ones included.
  return firstRendering(pool) ?? firstRendering(options);
}
