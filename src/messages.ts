import * as v from 'valibot';
import { FEELINGS, MAX_NOTE_LENGTH, MAX_REFLECTION_LENGTH, type NudgeStatus, type Suggestion } from './core/nudge';
import type { SiteId } from './core/moments';
import type { SkipReason } from './core/policy';
import { CHANNELS } from './core/compose';

/**
 * The one message contract between the extension's contexts. Every request names its
 * `type`; the background validates the shape and the sender before acting, and answers
 * with a `Reply`: a value, or an error code the UI turns into plain words.
 */
export type ErrorCode = 'bad-message' | 'bad-sender' | 'not-found' | 'step-not-allowed' | 'storage-failed';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorCode };

export type MomentReply = { show: false; reason: SkipReason } | { show: true; nudgeId: number };

/** What the card may know of a nudge: it keeps no database of its own. */
export interface NudgeView {
  readonly id: number;
  readonly status: NudgeStatus;
  readonly site?: SiteId;
  readonly suggestion: Suggestion;
  readonly finalText?: string;
  /** How many more times "Another idea" may be asked. */
  readonly otherIdeasLeft: number;
}

const nudgeId = v.pipe(v.number(), v.integer(), v.minValue(1));
const noteText = v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH));

/** Steps a card may report; snoozing is the popup's, which writes directly. */
const cardStep = v.variant('kind', [
  v.strictObject({ kind: v.literal('writing') }),
  v.strictObject({ kind: v.literal('channel'), channel: v.picklist(CHANNELS), text: noteText }),
  v.strictObject({ kind: v.literal('sent'), text: noteText }),
  v.strictObject({ kind: v.literal('reflect'), feeling: v.picklist(FEELINGS), note: v.pipe(v.string(), v.maxLength(MAX_REFLECTION_LENGTH)) }),
  v.strictObject({ kind: v.literal('dismiss') }),
  v.strictObject({ kind: v.literal('mute') }),
]);

export const requestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('moment') }),
  v.strictObject({ type: v.literal('nudge-get'), id: nudgeId }),
  v.strictObject({ type: v.literal('nudge-step'), id: nudgeId, step: cardStep }),
  /** "Another idea": a different person or message on the same card. */
  v.strictObject({ type: v.literal('nudge-another'), id: nudgeId }),
  /** The popup changed the quiet times: the toolbar title follows. */
  v.strictObject({ type: v.literal('quiet-changed') }),
]);

export type Request = v.InferOutput<typeof requestSchema>;
export type RequestType = Request['type'];
export type CardStep = v.InferOutput<typeof cardStep>;

/** What each request answers. */
export interface Responses {
  moment: MomentReply;
  'nudge-get': NudgeView;
  'nudge-step': { status: NudgeStatus };
  'nudge-another': NudgeView;
  'quiet-changed': { quietUntil: number };
}

export function parseRequest(input: unknown): Request | undefined {
  const result = v.safeParse(requestSchema, input);
  return result.success ? result.output : undefined;
}

/** Messages from the card's frame to the content script that hosts it: no data, only layout. */
export const FRAME_MESSAGE_KEY = 'smallHellosFrame';
export type FrameMessage = { [FRAME_MESSAGE_KEY]: 'close' } | { [FRAME_MESSAGE_KEY]: 'resize'; height: number };
