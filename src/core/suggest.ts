import type { MomentKind } from './moments';
import type { Nudge, Suggestion } from './nudge';
import { pickOne, type Random } from './random';
import { GENERIC_TEMPLATES, type Template } from './templates';

/** Renders a message from `_locales`; passed in so this module stays free of browser APIs. */
export type Translate = (key: string, substitutions?: readonly string[]) => string;

export interface SuggestInput {
  /** The kind of routine moment; absent when the person asked in the popup. */
  readonly moment?: MomentKind;
  /** Earlier nudges, newest first or in any order. */
  readonly history: readonly Pick<Nudge, 'suggestion' | 'shownAt'>[];
  readonly random: Random;
  readonly translate: Translate;
  /** Template ids not to offer again right now (e.g. "Another idea"). */
  readonly exclude?: readonly string[];
}

/** How many of the latest suggestions are not offered again. */
export const RECENT_TEMPLATES_AVOIDED = 3;

export function templatesForMoment(moment: MomentKind | undefined): readonly Template[] {
  return moment ? GENERIC_TEMPLATES.filter((t) => (t.moments as readonly string[]).includes(moment)) : GENERIC_TEMPLATES;
}

export function suggest(input: SuggestInput): Suggestion {
  const fitting = templatesForMoment(input.moment);
  const recent = [...input.history]
    .sort((a, b) => b.shownAt - a.shownAt)
    .slice(0, RECENT_TEMPLATES_AVOIDED)
    .map((n) => n.suggestion.templateId);
  const avoided = new Set([...recent, ...(input.exclude ?? [])]);
  const fresh = fitting.filter((t) => !avoided.has(t.id));
  const template = pickOne(fresh.length > 0 ? fresh : fitting, input.random) ?? GENERIC_TEMPLATES[0];
  return {
    templateId: template.id,
    prompt: input.translate(`tpl_${template.id}_prompt`),
    draft: input.translate(`tpl_${template.id}_draft`),
  };
}
