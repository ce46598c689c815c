import type { MomentKind } from './moments';

/**
 * The catalogue of suggestions. Words live in `_locales` under `tpl_<id>_prompt` (the idea
 * shown on the card) and `tpl_<id>_draft` (the note the person starts from); this file
 * holds only what the choice needs.
 */
export type Energy = 'low' | 'okay' | 'good';

export type TemplateKind = 'appreciation' | 'curiosity' | 'shared-interest' | 'check-in' | 'offline';

export interface Template {
  readonly id: string;
  readonly kind: TemplateKind;
  /** The routine moments where the suggestion fits. */
  readonly moments: readonly MomentKind[];
  readonly energy: Energy;
}

/** Suggestions that need nobody's details: offered while the person list is empty. */
export const GENERIC_TEMPLATES = [
  { id: 'thanks_reply', kind: 'appreciation', moments: ['email'], energy: 'low' },
  { id: 'thanks_someone_helped', kind: 'appreciation', moments: ['email', 'messages'], energy: 'low' },
  { id: 'remembered_you', kind: 'check-in', moments: ['email', 'messages'], energy: 'okay' },
  { id: 'ask_about_week', kind: 'curiosity', moments: ['email', 'messages'], energy: 'okay' },
  { id: 'old_friend', kind: 'check-in', moments: ['email', 'messages'], energy: 'okay' },
  { id: 'kind_comment', kind: 'appreciation', moments: ['social'], energy: 'low' },
  { id: 'share_find', kind: 'shared-interest', moments: ['social', 'messages'], energy: 'low' },
  { id: 'congratulate_post', kind: 'appreciation', moments: ['social'], energy: 'low' },
  { id: 'walk_invite', kind: 'check-in', moments: ['email', 'messages', 'social'], energy: 'good' },
] as const satisfies readonly Template[];

export type GenericTemplateId = (typeof GENERIC_TEMPLATES)[number]['id'];
