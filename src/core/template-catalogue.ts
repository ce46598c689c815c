import type { Template } from './templates';

/**
 * Every suggestion Small Hellos can make, as data. Each entry says where the note can go,
 * how much energy it asks, which kinds of remembered detail its words fit (`carries`),
 * whether it is gentle enough for someone going through a hard time, and when it fits
 * the clock. The words are in `_locales/<lang>/messages.json`; `docs/suggestions-corpus.txt`
 * shows every one of them rendered with real-life details.
 */

/** Suggestions that need nobody's details: offered when no person fits this moment. */
// A table: one template a line, each field in the same place.
// prettier-ignore
export const GENERIC_CATALOGUE = [
  { id: 'thanks_reply', kind: 'appreciation', channels: ['email'], energy: 'low', needs: [], carries: [], gentle: false, greeting: 'none', onlyOnPage: true },
  { id: 'thanks_someone_helped', kind: 'appreciation', channels: ['email', 'messages'], energy: 'low', needs: [], carries: [], gentle: false, greeting: 'none' },
  { id: 'remembered_you', kind: 'check-in', channels: ['email', 'messages'], energy: 'low', needs: [], carries: [], gentle: false, greeting: 'none' },
  { id: 'ask_about_week', kind: 'curiosity', channels: ['email', 'messages'], energy: 'okay', needs: [], carries: [], gentle: false, greeting: 'none' },
  { id: 'old_friend', kind: 'check-in', channels: ['email', 'messages'], energy: 'okay', needs: [], carries: [], gentle: false, greeting: 'none' },
  { id: 'kind_comment', kind: 'encouraging-comment', channels: ['social'], energy: 'low', needs: [], carries: [], gentle: false, greeting: 'none', onlyOnPage: true },
  { id: 'share_find', kind: 'shared-interest', channels: ['social'], energy: 'okay', needs: [], carries: [], gentle: false, greeting: 'none', onlyOnPage: true },
  { id: 'congratulate_post', kind: 'celebrate', channels: ['social'], energy: 'okay', needs: [], carries: [], gentle: false, greeting: 'none', onlyOnPage: true },
  { id: 'walk_invite', kind: 'walk-and-talk', channels: ['email', 'messages', 'social'], energy: 'good', needs: [], carries: [], gentle: false, greeting: 'none' },
  { id: 'offline_neighbour', kind: 'offline', channels: ['email', 'messages', 'social'], energy: 'low', needs: [], carries: [], gentle: false, greeting: 'none' },
  { id: 'offline_thank_by_name', kind: 'offline', channels: ['email', 'messages', 'social'], energy: 'low', needs: [], carries: [], gentle: false, greeting: 'none' },
] as const satisfies readonly Template[];

const NOTE = ['email', 'messages'] as const;

/** Suggestions for one person, by the name the user calls them and often with a detail they remember. */
// A table: one template a line, each field in the same place.
// prettier-ignore
export const PERSONAL_CATALOGUE = [
  // Appreciation: a line of thanks or warmth that asks nothing back.
  { id: 'ap_glad_you', kind: 'appreciation', channels: NOTE, energy: 'low', needs: ['name'], carries: [], gentle: true, greeting: 'hi' },
  { id: 'ap_thank_kindness', kind: 'appreciation', channels: NOTE, energy: 'low', needs: ['name'], carries: [], gentle: true, greeting: 'hi' },
  { id: 'ap_laugh', kind: 'appreciation', channels: NOTE, energy: 'low', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'ap_advice', kind: 'appreciation', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'ap_detail_stuck', kind: 'appreciation', channels: NOTE, energy: 'low', needs: ['name', 'detail'], carries: ['shared-memory'], gentle: false, greeting: 'hi' },
  { id: 'ap_detail_grateful', kind: 'appreciation', channels: NOTE, energy: 'low', needs: ['name', 'detail'], carries: ['shared-memory'], gentle: true, greeting: 'hi' },
  { id: 'ap_friendship', kind: 'appreciation', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: true, greeting: 'hi' },

  // Curiosity: one easy question, for a day with some energy.
  { id: 'cu_week', kind: 'curiosity', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'cu_detail_how', kind: 'curiosity', channels: NOTE, energy: 'okay', needs: ['name', 'detail'], carries: ['interest'], gentle: false, greeting: 'hi' },
  { id: 'cu_detail_latest', kind: 'curiosity', channels: NOTE, energy: 'okay', needs: ['name', 'detail'], carries: ['interest'], gentle: false, greeting: 'hi' },
  { id: 'cu_detail_remember', kind: 'curiosity', channels: NOTE, energy: 'okay', needs: ['name', 'detail'], carries: ['shared-memory'], gentle: false, greeting: 'hi' },
  { id: 'cu_good_thing', kind: 'curiosity', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'cu_enjoying', kind: 'curiosity', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'cu_looking_forward', kind: 'curiosity', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },

  // Shared interest: something seen or heard that made the user think of them. Finding
  // something to send is work, so those ask for an okay day; the low one is complete as written.
  { id: 'si_saw_this', kind: 'shared-interest', channels: ['messages', 'social'], energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'si_detail_saw', kind: 'shared-interest', channels: ['email', 'messages', 'social'], energy: 'okay', needs: ['name', 'detail'], carries: ['interest', 'shared-memory'], gentle: false, greeting: 'hi' },
  { id: 'si_detail_thought', kind: 'shared-interest', channels: NOTE, energy: 'low', needs: ['name', 'detail'], carries: ['interest'], gentle: false, greeting: 'hi' },
  { id: 'si_detail_ask', kind: 'shared-interest', channels: NOTE, energy: 'okay', needs: ['name', 'detail'], carries: ['interest'], gentle: false, greeting: 'hi' },
  { id: 'si_recommend', kind: 'shared-interest', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'si_shared_time', kind: 'shared-interest', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'si_song', kind: 'shared-interest', channels: ['messages', 'social'], energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'si_photo', kind: 'shared-interest', channels: ['messages'], energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },

  // Celebrate: only good news is celebrated, and only in a private note, never a public comment.
  { id: 'ce_detail_happy', kind: 'celebrate', channels: NOTE, energy: 'okay', needs: ['name', 'detail'], carries: ['good-news'], gentle: false, greeting: 'hi' },
  { id: 'ce_detail_congrats', kind: 'celebrate', channels: NOTE, energy: 'low', needs: ['name', 'detail'], carries: ['good-news'], gentle: false, greeting: 'hi' },
  { id: 'ce_detail_glad', kind: 'celebrate', channels: NOTE, energy: 'low', needs: ['name', 'detail'], carries: ['good-news'], gentle: false, greeting: 'hi' },
  { id: 'ce_proud', kind: 'celebrate', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'ce_detail_more', kind: 'celebrate', channels: NOTE, energy: 'okay', needs: ['name', 'detail'], carries: ['good-news'], gentle: false, greeting: 'hi' },

  // Follow-up: something coming up, once its day has come (see FOLLOW_UP_DAYS).
  { id: 'fu_how_went', kind: 'follow-up', channels: NOTE, energy: 'okay', needs: ['name', 'detail'], carries: ['coming-up'], gentle: false, greeting: 'hi' },
  { id: 'fu_thinking', kind: 'follow-up', channels: NOTE, energy: 'low', needs: ['name', 'detail'], carries: ['coming-up'], gentle: false, greeting: 'hi' },
  { id: 'fu_settling', kind: 'follow-up', channels: NOTE, energy: 'okay', needs: ['name', 'detail'], carries: ['coming-up'], gentle: false, greeting: 'hi' },
  { id: 'fu_call', kind: 'follow-up', channels: NOTE, energy: 'good', needs: ['name', 'detail'], carries: ['coming-up'], gentle: false, greeting: 'hi' },

  // Empathy: presence without pressure, asking nothing back. With the neutral check-in,
  // the only words that name a hard time.
  { id: 'em_thinking', kind: 'empathy', channels: NOTE, energy: 'low', needs: ['name'], carries: [], gentle: true, greeting: 'hi' },
  { id: 'em_detail', kind: 'empathy', channels: NOTE, energy: 'okay', needs: ['name', 'detail'], carries: ['hard-time'], gentle: true, greeting: 'hi' },
  { id: 'em_corner', kind: 'empathy', channels: NOTE, energy: 'low', needs: ['name'], carries: [], gentle: true, greeting: 'hi' },
  { id: 'em_practical', kind: 'empathy', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: true, greeting: 'hi' },
  { id: 'em_detail_warmth', kind: 'empathy', channels: NOTE, energy: 'low', needs: ['name', 'detail'], carries: ['hard-time'], gentle: true, greeting: 'hi' },
  { id: 'em_detail_words', kind: 'empathy', channels: NOTE, energy: 'low', needs: ['name', 'detail'], carries: ['hard-time'], gentle: true, greeting: 'hi' },
  { id: 'em_quiet_hello', kind: 'empathy', channels: ['email', 'messages', 'social'], energy: 'low', needs: ['name'], carries: [], gentle: true, greeting: 'hi' },

  // Invitation and walk-and-talk: for a good day only.
  { id: 'in_coffee', kind: 'invitation', channels: NOTE, energy: 'good', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'in_call', kind: 'invitation', channels: NOTE, energy: 'good', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'in_detail', kind: 'invitation', channels: NOTE, energy: 'good', needs: ['name', 'detail'], carries: ['good-news'], gentle: false, greeting: 'hi' },
  { id: 'in_detail_again', kind: 'invitation', channels: NOTE, energy: 'good', needs: ['name', 'detail'], carries: ['shared-memory'], gentle: false, greeting: 'hi' },
  { id: 'in_meal', kind: 'invitation', channels: NOTE, energy: 'good', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'in_watch', kind: 'invitation', channels: NOTE, energy: 'good', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'wa_walk', kind: 'walk-and-talk', channels: NOTE, energy: 'good', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'wa_phone_walk', kind: 'walk-and-talk', channels: NOTE, energy: 'good', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'wa_detail', kind: 'walk-and-talk', channels: NOTE, energy: 'good', needs: ['name', 'detail'], carries: ['interest'], gentle: false, greeting: 'hi' },

  // Rituals: small regular hellos, some only at their time (see time-window.ts).
  { id: 'ri_week_end', kind: 'ritual', channels: NOTE, energy: 'low', needs: ['name'], carries: [], gentle: false, when: 'end-of-week', greeting: 'hi' },
  { id: 'ri_morning', kind: 'ritual', channels: ['messages'], energy: 'low', needs: ['name'], carries: [], gentle: true, when: 'morning', greeting: 'good-morning' },
  { id: 'ri_evening', kind: 'ritual', channels: ['messages'], energy: 'low', needs: ['name'], carries: [], gentle: true, when: 'evening', greeting: 'hi' },
  { id: 'ri_weekend', kind: 'ritual', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, when: 'before-weekend', greeting: 'hi' },
  { id: 'ri_checkin', kind: 'ritual', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },

  // Voice memo: saying it out loud; the draft is what to say.
  { id: 'vm_hello', kind: 'voice-memo', channels: ['messages'], energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'vm_detail', kind: 'voice-memo', channels: ['messages'], energy: 'okay', needs: ['name', 'detail'], carries: ['interest'], gentle: false, greeting: 'hi' },
  { id: 'vm_smile', kind: 'voice-memo', channels: ['messages'], energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },

  // Encouraging comments are public: they start with their own words, and name only an
  // interest. They speak of a post in view, so they are offered only on the site.
  { id: 'ec_post', kind: 'encouraging-comment', channels: ['social'], energy: 'low', needs: ['name'], carries: [], gentle: false, greeting: 'none', onlyOnPage: true },
  { id: 'ec_care', kind: 'encouraging-comment', channels: ['social'], energy: 'low', needs: ['name'], carries: [], gentle: false, greeting: 'none', onlyOnPage: true },
  { id: 'ec_detail', kind: 'encouraging-comment', channels: ['social'], energy: 'okay', needs: ['name', 'detail'], carries: ['interest'], gentle: false, greeting: 'none', onlyOnPage: true },
  { id: 'ec_keep_going', kind: 'encouraging-comment', channels: ['social'], energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'none', onlyOnPage: true },
  { id: 'ec_question', kind: 'encouraging-comment', channels: ['social'], energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'none', onlyOnPage: true },
  { id: 'ec_message', kind: 'encouraging-comment', channels: ['social'], energy: 'low', needs: ['name'], carries: [], gentle: false, greeting: 'hi', onlyOnPage: true },

  // Check-in: a hello. Those that name a detail are gentle, so that while a hard time is
  // noted the other details still get their turn. Two are neutral, the only words for a
  // detail of the neutral kind: "I was thinking of you today, and of what you told me
  // about …" is neither condolence nor cheer, so it fits whatever the friend told the
  // user, a hard time too, but not a memory they share, nor good news, which deserves more.
  { id: 'ch_detail_line', kind: 'check-in', channels: NOTE, energy: 'low', needs: ['name', 'detail'], carries: ['other', 'hard-time', 'interest', 'coming-up'], gentle: true, greeting: 'hi' },
  { id: 'ch_detail_remembered', kind: 'check-in', channels: NOTE, energy: 'low', needs: ['name', 'detail'], carries: ['other', 'coming-up'], gentle: true, greeting: 'hi' },
  { id: 'ch_detail_mind', kind: 'check-in', channels: NOTE, energy: 'low', needs: ['name', 'detail'], carries: ['interest', 'coming-up'], gentle: true, greeting: 'hi' },
  { id: 'ch_hello', kind: 'check-in', channels: NOTE, energy: 'low', needs: ['name'], carries: [], gentle: true, greeting: 'hi' },
  { id: 'ch_surprise', kind: 'check-in', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'ch_really', kind: 'check-in', channels: NOTE, energy: 'okay', needs: ['name'], carries: [], gentle: false, greeting: 'hi' },
  { id: 'ch_quick', kind: 'check-in', channels: ['messages'], energy: 'low', needs: ['name'], carries: [], gentle: true, greeting: 'hi' },

  // Birthdays: a yearly ritual, offered on the day and a couple of days after only. The
  // gentle one is for someone going through a hard time: a wish that asks nothing back.
  { id: 'bd_happy', kind: 'ritual', channels: ['email', 'messages', 'social'], energy: 'low', needs: ['name'], carries: [], gentle: false, occasion: 'birthday', greeting: 'hi' },
  { id: 'bd_gentle', kind: 'ritual', channels: ['email', 'messages', 'social'], energy: 'low', needs: ['name'], carries: [], gentle: true, occasion: 'birthday', greeting: 'hi' },
] as const satisfies readonly Template[];
