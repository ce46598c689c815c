import type { SiteId } from './moments';
import { isValidDate } from './time';

/**
 * A person the user wants to stay close to, with the small things they remember. Only
 * extension pages ever see these fields; the host page never does.
 */
export type Rhythm = 'weekly' | 'fortnightly' | 'monthly' | 'none';
export const RHYTHMS: readonly Rhythm[] = ['weekly', 'fortnightly', 'monthly', 'none'];
export const RHYTHM_DAYS: Record<Rhythm, number | undefined> = { weekly: 7, fortnightly: 14, monthly: 30, none: undefined };

/** Social sites where a person can have a handle, and whose profiles can be opened. */
export const HANDLE_SITES = ['x', 'facebook', 'instagram', 'linkedin', 'reddit', 'bluesky', 'threads'] as const satisfies readonly SiteId[];
export type HandleSite = (typeof HANDLE_SITES)[number];
export type Handles = Partial<Record<HandleSite, string>>;

export type PreferredChannel = 'any' | 'email' | 'text' | 'whatsapp' | 'social';
export const PREFERRED_CHANNELS: readonly PreferredChannel[] = ['any', 'email', 'text', 'whatsapp', 'social'];

export interface Memory {
  readonly id: string;
  readonly text: string;
  /** A day the detail is about, "YYYY-MM-DD": a follow-up is offered after it. */
  readonly date?: string;
}

export interface Person {
  id?: number;
  name: string;
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
}

export const LIMITS = { name: 80, memory: 200, memories: 30, email: 254, phone: 32, handle: 100 } as const;

export type PersonField = 'name' | 'email' | 'phone' | 'handles' | 'memories' | 'rhythm' | 'preferredChannel';
export type PersonError =
  | 'nameRequired'
  | 'nameTooLong'
  | 'emailInvalid'
  | 'phoneInvalid'
  | 'handleInvalid'
  | 'memoryTooLong'
  | 'memoryEmpty'
  | 'memoryDateInvalid'
  | 'tooManyMemories'
  | 'choiceInvalid';

/** What a form hands in: raw strings, not yet trusted. */
export interface PersonInput {
  name: string;
  email: string;
  phone: string;
  handles: Partial<Record<HandleSite, string>>;
  rhythm: string;
  preferredChannel: string;
  memories: readonly { id: string; text: string; date: string }[];
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

  if (!name) errors.name = 'nameRequired';
  else if (name.length > LIMITS.name) errors.name = 'nameTooLong';
  if (email && (email.length > LIMITS.email || !EMAIL.test(email))) errors.email = 'emailInvalid';
  if (phone && (phone.length > LIMITS.phone || !PHONE.test(phone) || digits(phone).length < 5)) errors.phone = 'phoneInvalid';

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
    if (!text) memoryErrors[memory.id] = 'memoryEmpty';
    else if (text.length > LIMITS.memory) memoryErrors[memory.id] = 'memoryTooLong';
    else if (date && !isValidDate(date)) memoryErrors[memory.id] = 'memoryDateInvalid';
    else memories.push({ id: memory.id, text, ...(date ? { date } : {}) });
  }

  if (Object.keys(errors).length > 0 || Object.keys(memoryErrors).length > 0) return { ok: false, errors, handleErrors, memoryErrors };
  return {
    ok: true,
    value: {
      name,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      handles,
      rhythm: input.rhythm as Rhythm,
      preferredChannel: input.preferredChannel as PreferredChannel,
      memories,
    },
  };
}

export function digits(phone: string): string {
  return phone.replace(/[^0-9]/g, '');
}
