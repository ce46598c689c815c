import type { SiteId } from './moments';
import { formatBirthday, parseTypedBirthday } from './birthday';
import { isValidDate } from './time';
import { idsOf } from './word-table';

/**
 * A person the user wants to stay close to, with the small things they remember. Only
 * extension pages ever see these fields; the host page never does.
 */
/** How often the user would like to write to someone: its days, its label, and its "Why this?". */
export const RHYTHM_TABLE = {
  weekly: { days: 7, label: 'personRhythmWeekly', why: 'whyWeekly' },
  fortnightly: { days: 14, label: 'personRhythmFortnightly', why: 'whyFortnightly' },
  monthly: { days: 30, label: 'personRhythmMonthly', why: 'whyMonthly' },
  none: { days: undefined, label: 'personRhythmNone', why: 'whyNoRhythm' },
} as const;
export type Rhythm = keyof typeof RHYTHM_TABLE;
export const RHYTHMS = idsOf(RHYTHM_TABLE);

/** Social sites where a person can have a handle, and whose profiles can be opened. */
export const HANDLE_SITES = ['x', 'facebook', 'instagram', 'linkedin', 'reddit', 'bluesky', 'threads'] as const satisfies readonly SiteId[];
export type HandleSite = (typeof HANDLE_SITES)[number];
export type Handles = Partial<Record<HandleSite, string>>;

/**
 * How the user says a friend likes to hear from them: its label in the person's form, and
 * the channel (compose.ts) offered first for that friend when there is one.
 */
export const PREFERRED_CHANNEL_TABLE = {
  any: { label: 'personChannelAny', first: undefined },
  email: { label: 'personChannelEmail', first: 'email' },
  text: { label: 'personChannelText', first: 'sms' },
  whatsapp: { label: 'personChannelWhatsapp', first: 'whatsapp' },
  social: { label: 'personChannelSocial', first: 'profile' },
} as const;
export type PreferredChannel = keyof typeof PREFERRED_CHANNEL_TABLE;
export const PREFERRED_CHANNELS = idsOf(PREFERRED_CHANNEL_TABLE);

/**
 * What kind of thing a remembered detail is, chosen by the person with one tap. Words are
 * chosen to fit it: a hard time is met only with gentle, no-pressure notes; good news may
 * be celebrated; something coming up is followed up after its day. 'other' is the neutral
 * kind: details saved before kinds existed, or ones the person leaves unsorted, are named
 * only in words that fit whatever the detail turns out to be, and since it may be a hard
 * time, every idea for that person stays gentle until the person says more.
 */
export const DETAIL_KIND_TABLE = {
  'good-news': { label: 'personMemoryKindGoodNews', hint: 'personMemoryKindHintGoodNews' },
  'hard-time': { label: 'personMemoryKindHardTime', hint: 'personMemoryKindHintHardTime' },
  interest: { label: 'personMemoryKindInterest', hint: 'personMemoryKindHintInterest' },
  'coming-up': { label: 'personMemoryKindComingUp', hint: 'personMemoryKindHintComingUp' },
  'shared-memory': { label: 'personMemoryKindSharedMemory', hint: 'personMemoryKindHintSharedMemory' },
  other: { label: 'personMemoryKindOther', hint: 'personMemoryKindHintOther' },
} as const;
export type DetailKind = keyof typeof DETAIL_KIND_TABLE;
export const DETAIL_KINDS = idsOf(DETAIL_KIND_TABLE);

export interface Memory {
  readonly id: string;
  /** Written as the user would say it to the person: "your new job", "the hiking trip". */
  readonly text: string;
  readonly kind: DetailKind;
  /** A day the detail is about, "YYYY-MM-DD": something coming up is followed up after it. */
  readonly date?: string;
}

export interface Person {
  id?: number;
  name: string;
  /** What the user calls them ("Jo" for Jo Okafor): drafts greet them with it. */
  callName: string;
  email?: string;
  phone?: string;
  handles: Handles;
  rhythm: Rhythm;
  preferredChannel: PreferredChannel;
  memories: Memory[];
  archived: boolean;
  createdAt: number;
  /** The last time the user said they sent this person a note. */
  lastContactedAt?: number;
  /** "YYYY-MM-DD", or "--MM-DD" when the year is not known (see birthday.ts). */
  birthday?: string;
}

export const LIMITS = { name: 80, callName: 40, memory: 200, memories: 30, email: 254, phone: 32, handle: 100 } as const;

export type PersonField = 'name' | 'callName' | 'email' | 'phone' | 'birthday' | 'handles' | 'memories' | 'rhythm' | 'preferredChannel';
export type PersonError =
  | 'nameRequired'
  | 'nameTooLong'
  | 'callNameTooLong'
  | 'emailInvalid'
  | 'phoneInvalid'
  | 'birthdayInvalid'
  | 'handleInvalid'
  | 'memoryTooLong'
  | 'memoryEmpty'
  | 'memoryDateInvalid'
  | 'memoryDateRequired'
  | 'tooManyMemories'
  | 'choiceInvalid';

/** What a form hands in: raw strings, not yet trusted. */
export interface PersonInput {
  name: string;
  /** Blank means the first word of the name. */
  callName: string;
  email: string;
  phone: string;
  /** "YYYY-MM-DD" or "--MM-DD"; blank or absent for none. */
  birthday?: string;
  handles: Partial<Record<HandleSite, string>>;
  rhythm: string;
  preferredChannel: string;
  /** A detail's kind is '' while the person has not chosen one. */
  memories: readonly { id: string; text: string; kind: string; date: string }[];
}

export type PersonFields = Omit<Person, 'id' | 'archived' | 'createdAt' | 'lastContactedAt'>;

export type Validation =
  | { ok: true; value: PersonFields }
  | {
      ok: false;
      errors: Partial<Record<PersonField, PersonError>>;
      /** Which handle is wrong, for the field beside it. */
      handleErrors: Partial<Record<HandleSite, PersonError>>;
      memoryErrors: Record<string, PersonError>;
    };

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/;
const PHONE = /^\+?[0-9(][0-9 ().-]{4,}$/;
const HANDLE = /^@?[\p{L}\p{N}._-]{1,100}$/u;

/** Trims and checks every field; errors are message keys the form shows beside the field. */
export function validatePerson(input: PersonInput): Validation {
  const errors: Partial<Record<PersonField, PersonError>> = {};
  const memoryErrors: Record<string, PersonError> = {};
  const handleErrors: Partial<Record<HandleSite, PersonError>> = {};
  const name = input.name.trim();
  const email = input.email.trim();
  const phone = input.phone.trim();
  const birthdayText = input.birthday?.trim() ?? '';
  const birthday = birthdayText ? parseTypedBirthday(birthdayText) : undefined;

  if (!name) errors.name = 'nameRequired';
  else if (name.length > LIMITS.name) errors.name = 'nameTooLong';
  const callName = input.callName.trim() || defaultCallName(name);
  if (callName.length > LIMITS.callName) errors.callName = 'callNameTooLong';
  if (email && (email.length > LIMITS.email || !EMAIL.test(email))) errors.email = 'emailInvalid';
  if (phone && (phone.length > LIMITS.phone || !PHONE.test(phone) || digits(phone).length < 5)) errors.phone = 'phoneInvalid';
  if (birthdayText && !birthday) errors.birthday = 'birthdayInvalid';

  const handles: Handles = {};
  for (const site of HANDLE_SITES) {
    const handle = input.handles[site]?.trim();
    if (!handle) continue;
    if (!HANDLE.test(handle)) {
      errors.handles = 'handleInvalid';
      handleErrors[site] = 'handleInvalid';
    } else handles[site] = handle.replace(/^@/, '');
  }

  if (!(RHYTHMS as readonly string[]).includes(input.rhythm)) errors.rhythm = 'choiceInvalid';
  if (!(PREFERRED_CHANNELS as readonly string[]).includes(input.preferredChannel)) errors.preferredChannel = 'choiceInvalid';

  const memories: Memory[] = [];
  if (input.memories.length > LIMITS.memories) errors.memories = 'tooManyMemories';
  for (const memory of input.memories) {
    const text = memory.text.trim();
    const date = memory.date.trim();
    if (!text && !date) continue;
    // A detail whose kind the person did not choose is kept as the neutral kind: notes say less.
    const kind = memory.kind === '' ? 'other' : memory.kind;
    const error = memoryError(text, kind, date);
    if (error) memoryErrors[memory.id] = error;
    else memories.push({ id: memory.id, text, kind: kind as DetailKind, ...(date ? { date } : {}) });
  }

  if (Object.keys(errors).length > 0 || Object.keys(memoryErrors).length > 0) return { ok: false, errors, handleErrors, memoryErrors };
  return {
    ok: true,
    value: {
      name,
      callName,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(birthday ? { birthday: formatBirthday(birthday) } : {}),
      handles,
      rhythm: input.rhythm as Rhythm,
      preferredChannel: input.preferredChannel as PreferredChannel,
      memories,
    },
  };
}

function memoryError(text: string, kind: string, date: string): PersonError | undefined {
  if (!text) return 'memoryEmpty';
  if (text.length > LIMITS.memory) return 'memoryTooLong';
  if (!(DETAIL_KINDS as readonly string[]).includes(kind)) return 'choiceInvalid';
  if (date && !isValidDate(date)) return 'memoryDateInvalid';
  // Without its day, something coming up could never be followed up.
  if (kind === 'coming-up' && !date) return 'memoryDateRequired';
  return undefined;
}

/** What the user likely calls someone until they say otherwise: "Jo" for "Jo Okafor". */
export function defaultCallName(name: string): string {
  return name.trim().split(/\s+/u)[0] ?? '';
}

export function digits(phone: string): string {
  return phone.replace(/[^0-9]/g, '');
}
