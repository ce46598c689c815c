import type { Energy } from './energy';
import type { MomentKind } from './moments';
import type { DetailKind } from './people';
import type { TimeWindow } from './time-window';
import { GENERIC_CATALOGUE, PERSONAL_CATALOGUE } from './template-catalogue';

/**
 * The catalogue of suggestions. Words live in `_locales` under `tpl_<id>_prompt` (the idea
 * shown on the card, spoken to the user) and `tpl_<id>_draft` (the note the person starts
 * from, spoken to their friend), with the placeholders `$NAME$` and `$DETAIL$`; the
 * entries themselves are in `template-catalogue.ts`. This file says what choosing needs.
 */
export const GENERIC_TEMPLATES: readonly Template[] = GENERIC_CATALOGUE;
export const PERSONAL_TEMPLATES: readonly Template[] = PERSONAL_CATALOGUE;
/** A thank-you, by name, to someone who helps today: where nothing else fits, the smallest idea there is, on any site or none. */
export const SMALLEST_IDEA: Template = GENERIC_CATALOGUE.find((template) => template.id === 'offline_thank_by_name') ?? GENERIC_CATALOGUE[0];

/** The kinds of idea; what the person takes up is learned per kind (idea-preferences.ts). */
export const TEMPLATE_KINDS = [
  'appreciation',
  'curiosity',
  'shared-interest',
  'celebrate',
  'follow-up',
  'empathy',
  'invitation',
  'walk-and-talk',
  'ritual',
  'voice-memo',
  'encouraging-comment',
  'check-in',
  'offline',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** What a template fills in: what the user calls the person (substitution $1) and a detail ($2). */
export type Placeholder = 'name' | 'detail';
export const PLACEHOLDERS: readonly Placeholder[] = ['name', 'detail'];

/**
 * How a personal draft opens, on a line of its own so that words can be added after it:
 * "Hi Jo," for notes, "Good morning, Jo," for a morning note, nothing for a public comment,
 * which starts with its own words. Generic drafts carry their own opening.
 */
export type Greeting = 'hi' | 'good-morning' | 'none';

export interface Template {
  readonly id: string;
  readonly kind: TemplateKind;
  /**
   * Where the note can go: 'email' an email, 'messages' a chat or text message, 'social' a
   * comment or direct message on a social site. Routine moments of that kind offer it.
   */
  readonly channels: readonly MomentKind[];
  readonly energy: Energy;
  readonly needs: readonly Placeholder[];
  /** The kinds of remembered detail its words fit; empty when it names no detail. */
  readonly carries: readonly DetailKind[];
  /**
   * Fit for someone going through a hard time: no cheer, no "how is it going", no invitation
   * to talk it over or to meet, nothing light. While a person has a hard time noted, only
   * gentle templates are offered for them, whichever detail they name.
   */
  readonly gentle: boolean;
  /** Offered only within this window of the local clock, when set. */
  readonly when?: TimeWindow;
  /**
   * Offered only on a site, never in the popup: its words speak of what is in view there
   * ("one email", "a post you liked"), which away from the page means nothing.
   */
  readonly onlyOnPage?: true;
  /** Offered only for this occasion, and then before anything else: a birthday (see birthday.ts). */
  readonly occasion?: 'birthday';
  readonly greeting: Greeting;
}

/** The longest note a suggestion may start from, after filling in. */
export const MAX_TEMPLATE_LENGTH = 280;

export const ALL_TEMPLATES: readonly Template[] = [...GENERIC_TEMPLATES, ...PERSONAL_TEMPLATES];

const BY_ID = new Map(ALL_TEMPLATES.map((template) => [template.id, template]));

export function templateById(templateId: string): Template | undefined {
  return BY_ID.get(templateId);
}

/** Whether a template's words fit a detail of this kind. */
export function carriesDetail(template: Template, kind: DetailKind): boolean {
  return template.carries.includes(kind);
}

/**
 * Something done away from the screen (a hello to a neighbour): the card offers "I did it"
 * and "Maybe later", with no text box to write in.
 */
export function isOfflineIdea(templateId: string): boolean {
  return templateById(templateId)?.kind === 'offline';
}

/**
 * Whether "Help me reply kindly" fits: only where the friend has news to answer — a hard
 * time (empathy) or something that has happened (a follow-up) — and the note names it;
 * never on fresh outreach, nor on a note that only says "thinking of you".
 */
export function offersKindReply(templateId: string): boolean {
  const template = templateById(templateId);
  return template !== undefined && (template.kind === 'empathy' || template.kind === 'follow-up') && template.needs.includes('detail');
}

/**
 * Whether the kind reply may end with a gentle question. Not in a gentle note: it asks
 * nothing back ("No need to reply"), and a question above those words would take them back.
 */
export function kindReplyAsks(templateId: string): boolean {
  return templateById(templateId)?.gentle === false;
}

/**
 * One template per kind of detail, to show in the settings how a detail being typed
 * will read on a card and in a note.
 */
export const PREVIEW_TEMPLATES: Record<DetailKind, string> = {
  'good-news': 'ce_detail_happy',
  'hard-time': 'em_detail_warmth',
  interest: 'cu_detail_how',
  'coming-up': 'fu_how_went',
  'shared-memory': 'cu_detail_remember',
  other: 'ch_detail_line',
};
