import type { SiteId } from './moments';
import type { ChannelId, Mailbox } from './compose';
import type { PreferredChannel } from './people';
import type { Awkwardness } from './expectations';
import type { NudgeStep } from './nudge-step';
import { dayKey } from './time';

export type { NudgeStep } from './nudge-step';

/**
 * One suggestion shown to the person and everything they did with it. The row is written
 * when the card appears and updated at every step, so nothing is lost if the service
 * worker stops in between.
 */
export type NudgeStatus = 'shown' | 'writing' | 'sent' | 'dismissed' | 'snoozed' | 'muted';
export type NudgeOrigin = 'page' | 'popup';
export type Feeling = 'lighter' | 'same' | 'heavier';
export const FEELINGS: readonly Feeling[] = ['lighter', 'same', 'heavier'];

/** The longest note, and the longest "what felt genuine" line, that a nudge keeps. */
export const MAX_NOTE_LENGTH = 5000;
export const MAX_REFLECTION_LENGTH = 500;
/** The longest subject line a note keeps. */
export const MAX_SUBJECT_LENGTH = 200;

export interface Suggestion {
  readonly templateId: string;
  /** The one-line idea shown on the card. */
  readonly prompt: string;
  /** The editable draft the person starts from. */
  readonly draft: string;
  readonly personId?: number;
  readonly personName?: string;
  /** The remembered detail it uses, so that details take turns. */
  readonly memoryId?: string;
  /** A short line on why this person, now. */
  readonly why?: string;
  /** Where the note can go besides Copy, when known. */
  readonly email?: string;
  readonly phone?: string;
  readonly profileUrl?: string;
  readonly preferredChannel?: PreferredChannel;
  /** The subject line of an email, once the person has written one (a locale's "Hello" until then). */
  readonly subject?: string;
  /**
   * Set only when the person list holds nobody (archived people aside): then, and only
   * then, the card may offer "Add someone". Otherwise a generic idea means nobody fit.
   */
  readonly noPeopleYet?: true;
}

export interface Nudge {
  id?: number;
  origin: NudgeOrigin;
  /** The site where it appeared; absent for the popup. */
  site?: SiteId;
  shownAt: number;
  /** The day (see core/time) it belongs to. */
  day: string;
  suggestion: Suggestion;
  status: NudgeStatus;
  updatedAt: number;
  /** The last channel the person opened. */
  channel?: ChannelId;
  /** The note as the person last wrote it, edits included. */
  finalText?: string;
  sentAt?: number;
  feeling?: Feeling;
  genuineNote?: string;
  /** Suggestions set aside with "Another idea" on this card. */
  tried?: { templateIds: string[]; personIds: number[] };
  /** The mailbox the moment came from, so that its compose window opens in the same one. */
  mailbox?: Mailbox;
  /** While writing: how awkward the person expected this note to feel (1 not at all … 5 very). */
  expectedAwkward?: Awkwardness;
  /** After sending: how awkward it actually felt. */
  actualAwkward?: Awkwardness;
}

/** How many times one card offers "Another idea". */
export const MAX_OTHER_IDEAS = 3;

export function otherIdeasLeft(nudge: Pick<Nudge, 'tried'>): number {
  return Math.max(0, MAX_OTHER_IDEAS - (nudge.tried?.templateIds.length ?? 0));
}

/** The nudge with a new suggestion, remembering the one it replaces. */
export function withOtherIdea(nudge: Nudge, suggestion: Suggestion, now: number): Nudge {
  const tried = nudge.tried ?? { templateIds: [], personIds: [] };
  const personId = nudge.suggestion.personId;
  return {
    ...nudge,
    suggestion,
    updatedAt: now,
    tried: {
      templateIds: [...tried.templateIds, nudge.suggestion.templateId],
      personIds: personId === undefined ? tried.personIds : [...tried.personIds, personId],
    },
  };
}

export type StepResult = { ok: true; nudge: Nudge } | { ok: false; error: 'step-not-allowed' };

const OPEN: readonly NudgeStatus[] = ['shown', 'writing'];

/**
 * A sent note always carries the moment it was sent, which is how it is found and counted;
 * one without it (only a file edited by hand holds such a note) takes the moment it last
 * changed, as it was always counted (see hellos.ts sentAtOf).
 */
export function withSentMoment<T extends Pick<Nudge, 'status' | 'sentAt' | 'updatedAt'>>(nudge: T): T {
  return nudge.status === 'sent' && nudge.sentAt === undefined ? { ...nudge, sentAt: nudge.updatedAt } : nudge;
}

export function isOpen(nudge: Pick<Nudge, 'status'>): boolean {
  return OPEN.includes(nudge.status);
}

export function newNudge(
  input: { origin: NudgeOrigin; site?: SiteId; suggestion: Suggestion; status?: NudgeStatus },
  now: number,
  dayStartsAtMinutes: number,
): Nudge {
  return {
    origin: input.origin,
    ...(input.site ? { site: input.site } : {}),
    shownAt: now,
    day: dayKey(now, dayStartsAtMinutes),
    suggestion: input.suggestion,
    status: input.status ?? 'shown',
    updatedAt: now,
  };
}

/**
 * The next state of a nudge after a step the person took. Once a note is sent the
 * outcome is settled: only a reflection or a later channel change may follow.
 */
export function applyStep(nudge: Nudge, step: NudgeStep, now: number): StepResult {
  const next = (changes: Partial<Nudge>): StepResult => ({
    ok: true,
    nudge: { ...nudge, ...changes, updatedAt: now },
  });
  const open = isOpen(nudge);
  // Repeating the step that settled a nudge (a double click, a retry after the service
  // worker restarted) is harmless: it succeeds and changes nothing.
  if (!open && settles(step) === nudge.status) return { ok: true, nudge };
  switch (step.kind) {
    case 'writing':
      return open ? next({ status: 'writing' }) : { ok: false, error: 'step-not-allowed' };
    case 'draft':
      // A save that arrives after the note was settled (sent, put away) is too late to matter.
      return open ? next({ status: 'writing', finalText: step.text, ...withSubject(nudge, step.subject) }) : { ok: true, nudge };
    case 'channel':
      return open || nudge.status === 'sent'
        ? next({ channel: step.channel, finalText: step.text, ...withSubject(nudge, step.subject), ...(open ? { status: 'writing' } : {}) })
        : { ok: false, error: 'step-not-allowed' };
    case 'sent':
      return open ? next({ status: 'sent', finalText: step.text, sentAt: now, ...withSubject(nudge, step.subject) }) : { ok: false, error: 'step-not-allowed' };
    case 'reflect':
      return nudge.status === 'sent' ? next({ feeling: step.feeling, genuineNote: step.note.trim() || undefined }) : { ok: false, error: 'step-not-allowed' };
    case 'expect':
      return open ? next({ expectedAwkward: step.awkward }) : { ok: false, error: 'step-not-allowed' };
    case 'felt':
      return nudge.status === 'sent' ? next({ actualAwkward: step.awkward }) : { ok: false, error: 'step-not-allowed' };
    case 'dismiss':
      return open ? next({ status: 'dismissed' }) : { ok: false, error: 'step-not-allowed' };
    case 'mute':
      return open ? next({ status: 'muted' }) : { ok: false, error: 'step-not-allowed' };
  }
}

/** The subject line the person wrote is kept with the idea it belongs to. */
function withSubject(nudge: Nudge, subject: string | undefined): Partial<Nudge> {
  return subject === undefined ? {} : { suggestion: { ...nudge.suggestion, subject } };
}

function settles(step: NudgeStep): NudgeStatus | undefined {
  if (step.kind === 'sent') return 'sent';
  if (step.kind === 'dismiss') return 'dismissed';
  if (step.kind === 'mute') return 'muted';
  return undefined;
}
