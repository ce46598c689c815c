import {
  defaultCallName,
  HANDLE_SITES,
  LIMITS,
  validatePerson,
  type DetailKind,
  type HandleSite,
  type Person,
  type PersonError,
  type PersonFields,
  type PersonInput,
} from '../../../core/people';
import { t, type MessageKey } from '../../../i18n';
import { formatNumber } from '../../format-number';
import { birthdayForField } from '../../format-time';

/** What the form holds while someone types: plain strings, one entry per visible field. */
export interface PersonDraft extends PersonInput {
  handles: Record<HandleSite, string>;
  memories: DraftMemory[];
  /** "What you call them" follows the name's first word until the person types their own. */
  callNameFollowsName: boolean;
}

export interface DraftMemory {
  id: string;
  text: string;
  /** '' until the person taps a kind; saved so, it is the neutral kind. */
  kind: DetailKind | '';
  date: string;
}

/** The fields that show their own message; handles and details are kept per input. */
export type SingleField = 'name' | 'callName' | 'email' | 'phone' | 'birthday' | 'rhythm' | 'preferredChannel' | 'memories';

export interface DraftErrors {
  fields: Partial<Record<SingleField, PersonError>>;
  handles: Partial<Record<HandleSite, PersonError>>;
  memories: Record<string, PersonError>;
}

export const NO_ERRORS: DraftErrors = { fields: {}, handles: {}, memories: {} };

const ERROR_MESSAGES: Record<PersonError, MessageKey> = {
  nameRequired: 'personErrorNameRequired',
  nameTooLong: 'personErrorNameTooLong',
  callNameTooLong: 'personErrorCallNameTooLong',
  emailInvalid: 'personErrorEmailInvalid',
  phoneInvalid: 'personErrorPhoneInvalid',
  birthdayInvalid: 'personErrorBirthdayInvalid',
  handleInvalid: 'personErrorHandleInvalid',
  memoryTooLong: 'personErrorMemoryTooLong',
  memoryEmpty: 'personErrorMemoryEmpty',
  memoryDateInvalid: 'personErrorMemoryDateInvalid',
  memoryDateRequired: 'personErrorMemoryDateRequired',
  tooManyMemories: 'personErrorTooManyMemories',
  choiceInvalid: 'personErrorChoiceInvalid',
};

/** The limit a "too long" or "too many" message names, so the words follow LIMITS. */
const ERROR_LIMITS: Partial<Record<PersonError, number>> = {
  nameTooLong: LIMITS.name,
  callNameTooLong: LIMITS.callName,
  memoryTooLong: LIMITS.memory,
  tooManyMemories: LIMITS.memories,
};

export function errorText(error: PersonError | undefined): string | undefined {
  if (!error) return undefined;
  const limit = ERROR_LIMITS[error];
  return t(ERROR_MESSAGES[error], limit === undefined ? undefined : formatNumber(limit));
}

/**
 * A new detail has no kind until the person taps one: nothing is chosen for them. Left so,
 * it is saved as the neutral kind, and notes for that person say less.
 */
export function blankMemory(): DraftMemory {
  return { id: crypto.randomUUID(), text: '', kind: '', date: '' };
}

function blankHandles(): Record<HandleSite, string> {
  return Object.fromEntries(HANDLE_SITES.map((site) => [site, ''])) as Record<HandleSite, string>;
}

/** A new person starts with one empty detail, ready to type into. */
export function blankDraft(): PersonDraft {
  return {
    name: '',
    callName: '',
    callNameFollowsName: true,
    email: '',
    phone: '',
    birthday: '',
    handles: blankHandles(),
    rhythm: 'fortnightly',
    preferredChannel: 'any',
    memories: [blankMemory()],
  };
}

export function draftFromPerson(person: Person): PersonDraft {
  const handles = blankHandles();
  for (const site of HANDLE_SITES) handles[site] = person.handles[site] ?? '';
  return {
    name: person.name,
    callName: person.callName,
    callNameFollowsName: person.callName === defaultCallName(person.name),
    email: person.email ?? '',
    phone: person.phone ?? '',
    // As the person would type it: "04-15" without its year, "15.04." in German.
    birthday: birthdayForField(person.birthday),
    handles,
    rhythm: person.rhythm,
    preferredChannel: person.preferredChannel,
    memories: person.memories.map((memory) => ({ id: memory.id, text: memory.text, kind: memory.kind, date: memory.date ?? '' })),
  };
}

export type DraftCheck = { ok: true; value: PersonFields } | { ok: false; errors: DraftErrors };

/** The draft after the name changed: what they are called follows it until the person chose their own. */
export function withName(draft: PersonDraft, name: string): PersonDraft {
  return { ...draft, name, ...(draft.callNameFollowsName ? { callName: defaultCallName(name) } : {}) };
}

/** Runs the one validation in core and spreads its answer over the inputs the form shows. */
export function checkDraft(draft: PersonDraft): DraftCheck {
  const result = validatePerson(draft);
  if (result.ok) return result;
  const { handles: _anyHandle, ...fields } = result.errors;
  return {
    ok: false,
    errors: {
      fields,
      handles: result.handleErrors,
      memories: result.memoryErrors,
    },
  };
}

/** "the hiking trip", or "the hiking trip, and 2 more"; nothing when there is no detail yet. */
export function detailSummary(person: Person): string {
  const [first, ...rest] = person.memories;
  if (!first) return '';
  return rest.length === 0 ? first.text : t('personDetailAndMore', [first.text, formatNumber(rest.length)]);
}
