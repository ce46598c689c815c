import { fitsToday, ideaWeight, templatesForMoment } from './choose-idea';
import { heldBack } from './felt-heavy';
import type { Suggestion } from './nudge';
import { pickWeighted } from './random';
import type { SuggestInput } from './suggest-input';
import { SMALLEST_IDEA } from './templates';

/** How many of the latest suggestions are not offered again. */
export const RECENT_TEMPLATES_AVOIDED = 3;

/**
 * A small act for nobody in particular, for when no person fits this moment: fitting the
 * moment, today's energy and the clock, not among the last few shown, and never one that
 * felt heavy lately (nor, on the first idea of a day, one that ever did).
 */
export function genericIdea(input: SuggestInput, now: number): Suggestion {
  const held = heldBack(input.history, now, input.dayStartsAtMinutes).templateIds;
  const forMoment = templatesForMoment(input.moment).filter((t) => !held.has(t.id));
  const fitting = forMoment.filter((t) => fitsToday(t, input.energy, now));
  const recent = [...input.history]
    .sort((a, b) => b.shownAt - a.shownAt)
    .slice(0, RECENT_TEMPLATES_AVOIDED)
    .map((n) => n.suggestion.templateId);
  const excluded = new Set(input.exclude?.templateIds ?? []);
  const fresh = fitting.filter((t) => !excluded.has(t.id) && !recent.includes(t.id));
  const notSetAside = fitting.filter((t) => !excluded.has(t.id));
  // Past every fresh idea, one shown lately before one just set aside with "Another idea";
  // past every fitting idea, the smallest ones come round again, never a bigger ask.
  const pool = [fresh, notSetAside, fitting, forMoment.filter((t) => t.energy === 'low')].find((ideas) => ideas.length > 0) ?? [];
  const template = pickWeighted(pool, (t) => ideaWeight(t, input), input.random) ?? SMALLEST_IDEA;
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
