import type { MomentKind } from './moments';

/**
 * The catalogue of suggestions. Words live in `_locales` under `tpl_<id>_prompt` (the idea
 * shown on the card) and `tpl_<id>_draft` (the note the person starts from), with the
 * placeholders `$NAME$` and `$DETAIL$`; this file holds only what choosing needs.
 */
export type Energy = 'low' | 'okay' | 'good';
export const ENERGIES: readonly Energy[] = ['low', 'okay', 'good'];

export type TemplateKind =
  | 'appreciation'
  | 'curiosity'
  | 'shared-interest'
  | 'celebrate'
  | 'follow-up'
  | 'empathy'
  | 'invitation'
  | 'walk-and-talk'
  | 'ritual'
  | 'voice-memo'
  | 'encouraging-comment'
  | 'check-in'
  | 'offline';

/** What a template fills in: the person's name (substitution $1) and a detail ($2). */
export type Placeholder = 'name' | 'detail';
export const PLACEHOLDERS: readonly Placeholder[] = ['name', 'detail'];

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
}

/** The longest note a suggestion may start from, after filling in. */
export const MAX_TEMPLATE_LENGTH = 280;

/** Suggestions that need nobody's details: offered while the person list is empty. */
export const GENERIC_TEMPLATES = [
  { id: 'thanks_reply', kind: 'appreciation', channels: ['email'], energy: 'low', needs: [] },
  { id: 'thanks_someone_helped', kind: 'appreciation', channels: ['email', 'messages'], energy: 'low', needs: [] },
  { id: 'remembered_you', kind: 'check-in', channels: ['email', 'messages'], energy: 'okay', needs: [] },
  { id: 'ask_about_week', kind: 'curiosity', channels: ['email', 'messages'], energy: 'okay', needs: [] },
  { id: 'old_friend', kind: 'check-in', channels: ['email', 'messages'], energy: 'okay', needs: [] },
  { id: 'kind_comment', kind: 'encouraging-comment', channels: ['social'], energy: 'low', needs: [] },
  { id: 'share_find', kind: 'shared-interest', channels: ['social', 'messages'], energy: 'low', needs: [] },
  { id: 'congratulate_post', kind: 'celebrate', channels: ['social'], energy: 'low', needs: [] },
  { id: 'walk_invite', kind: 'walk-and-talk', channels: ['email', 'messages', 'social'], energy: 'good', needs: [] },
  { id: 'offline_neighbour', kind: 'offline', channels: ['email', 'messages', 'social'], energy: 'low', needs: [] },
  { id: 'offline_thank_by_name', kind: 'offline', channels: ['email', 'messages', 'social'], energy: 'low', needs: [] },
] as const satisfies readonly Template[];

/** Suggestions for one person, by name and often with something the user remembers. */
export const PERSONAL_TEMPLATES = [
  { id: 'ap_glad_you', kind: 'appreciation', channels: ['email', 'messages'], energy: 'low', needs: ['name'] },
  { id: 'ap_thank_kindness', kind: 'appreciation', channels: ['email', 'messages'], energy: 'low', needs: ['name'] },
  { id: 'ap_laugh', kind: 'appreciation', channels: ['email', 'messages'], energy: 'low', needs: ['name'] },
  { id: 'ap_advice', kind: 'appreciation', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'ap_detail_stuck', kind: 'appreciation', channels: ['email', 'messages'], energy: 'low', needs: ['name', 'detail'] },
  { id: 'ap_friendship', kind: 'appreciation', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'cu_week', kind: 'curiosity', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'cu_detail_how', kind: 'curiosity', channels: ['email', 'messages'], energy: 'okay', needs: ['name', 'detail'] },
  { id: 'cu_detail_latest', kind: 'curiosity', channels: ['email', 'messages'], energy: 'okay', needs: ['name', 'detail'] },
  { id: 'cu_good_thing', kind: 'curiosity', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'cu_enjoying', kind: 'curiosity', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'cu_detail_line', kind: 'curiosity', channels: ['email', 'messages'], energy: 'low', needs: ['name', 'detail'] },
  { id: 'cu_looking_forward', kind: 'curiosity', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'si_saw_this', kind: 'shared-interest', channels: ['messages', 'social'], energy: 'low', needs: ['name'] },
  { id: 'si_detail_saw', kind: 'shared-interest', channels: ['email', 'messages', 'social'], energy: 'low', needs: ['name', 'detail'] },
  { id: 'si_recommend', kind: 'shared-interest', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'si_shared_time', kind: 'shared-interest', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'si_song', kind: 'shared-interest', channels: ['messages', 'social'], energy: 'low', needs: ['name'] },
  { id: 'si_photo', kind: 'shared-interest', channels: ['messages'], energy: 'low', needs: ['name'] },
  { id: 'ce_detail_happy', kind: 'celebrate', channels: ['email', 'messages', 'social'], energy: 'okay', needs: ['name', 'detail'] },
  { id: 'ce_detail_congrats', kind: 'celebrate', channels: ['email', 'messages', 'social'], energy: 'low', needs: ['name', 'detail'] },
  { id: 'ce_news', kind: 'celebrate', channels: ['messages', 'social'], energy: 'low', needs: ['name'] },
  { id: 'ce_proud', kind: 'celebrate', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'ce_detail_more', kind: 'celebrate', channels: ['email', 'messages'], energy: 'okay', needs: ['name', 'detail'] },
  { id: 'fu_how_went', kind: 'follow-up', channels: ['email', 'messages'], energy: 'okay', needs: ['name', 'detail'] },
  { id: 'fu_thinking', kind: 'follow-up', channels: ['email', 'messages'], energy: 'low', needs: ['name', 'detail'] },
  { id: 'fu_settling', kind: 'follow-up', channels: ['email', 'messages'], energy: 'okay', needs: ['name', 'detail'] },
  { id: 'fu_call', kind: 'follow-up', channels: ['email', 'messages'], energy: 'good', needs: ['name', 'detail'] },
  { id: 'em_thinking', kind: 'empathy', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'em_detail', kind: 'empathy', channels: ['email', 'messages'], energy: 'okay', needs: ['name', 'detail'] },
  { id: 'em_corner', kind: 'empathy', channels: ['email', 'messages'], energy: 'low', needs: ['name'] },
  { id: 'em_listen', kind: 'empathy', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'em_detail_warmth', kind: 'empathy', channels: ['email', 'messages'], energy: 'low', needs: ['name', 'detail'] },
  { id: 'in_coffee', kind: 'invitation', channels: ['email', 'messages'], energy: 'good', needs: ['name'] },
  { id: 'in_call', kind: 'invitation', channels: ['email', 'messages'], energy: 'good', needs: ['name'] },
  { id: 'in_detail', kind: 'invitation', channels: ['email', 'messages'], energy: 'good', needs: ['name', 'detail'] },
  { id: 'in_meal', kind: 'invitation', channels: ['email', 'messages'], energy: 'good', needs: ['name'] },
  { id: 'in_watch', kind: 'invitation', channels: ['email', 'messages'], energy: 'good', needs: ['name'] },
  { id: 'wa_walk', kind: 'walk-and-talk', channels: ['email', 'messages'], energy: 'good', needs: ['name'] },
  { id: 'wa_phone_walk', kind: 'walk-and-talk', channels: ['email', 'messages'], energy: 'good', needs: ['name'] },
  { id: 'wa_detail', kind: 'walk-and-talk', channels: ['email', 'messages'], energy: 'good', needs: ['name', 'detail'] },
  { id: 'ri_week_end', kind: 'ritual', channels: ['email', 'messages'], energy: 'low', needs: ['name'] },
  { id: 'ri_morning', kind: 'ritual', channels: ['messages'], energy: 'low', needs: ['name'] },
  { id: 'ri_weekend', kind: 'ritual', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'ri_checkin', kind: 'ritual', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'vm_hello', kind: 'voice-memo', channels: ['messages'], energy: 'okay', needs: ['name'] },
  { id: 'vm_detail', kind: 'voice-memo', channels: ['messages'], energy: 'okay', needs: ['name', 'detail'] },
  { id: 'vm_smile', kind: 'voice-memo', channels: ['messages'], energy: 'okay', needs: ['name'] },
  { id: 'ec_post', kind: 'encouraging-comment', channels: ['social'], energy: 'low', needs: ['name'] },
  { id: 'ec_care', kind: 'encouraging-comment', channels: ['social'], energy: 'low', needs: ['name'] },
  { id: 'ec_detail', kind: 'encouraging-comment', channels: ['social'], energy: 'low', needs: ['name', 'detail'] },
  { id: 'ec_keep_going', kind: 'encouraging-comment', channels: ['social'], energy: 'okay', needs: ['name'] },
  { id: 'ec_question', kind: 'encouraging-comment', channels: ['social'], energy: 'okay', needs: ['name'] },
  { id: 'ec_message', kind: 'encouraging-comment', channels: ['social'], energy: 'low', needs: ['name'] },
  { id: 'ch_hello', kind: 'check-in', channels: ['email', 'messages'], energy: 'low', needs: ['name'] },
  { id: 'ch_surprise', kind: 'check-in', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'ch_really', kind: 'check-in', channels: ['email', 'messages'], energy: 'okay', needs: ['name'] },
  { id: 'ch_quick', kind: 'check-in', channels: ['messages'], energy: 'low', needs: ['name'] },
] as const satisfies readonly Template[];

export const ALL_TEMPLATES: readonly Template[] = [...GENERIC_TEMPLATES, ...PERSONAL_TEMPLATES];

const ENERGY_ORDER: Record<Energy, number> = { low: 0, okay: 1, good: 2 };

/** Whether a template asks no more energy than the person has today. */
export function fitsEnergy(template: Template, energy: Energy): boolean {
  return ENERGY_ORDER[template.energy] <= ENERGY_ORDER[energy];
}
