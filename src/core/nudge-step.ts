import * as v from 'valibot';
import { CHANNELS } from './compose';
import { AWKWARDNESS } from './expectations';
import { FEELINGS, MAX_NOTE_LENGTH, MAX_REFLECTION_LENGTH, MAX_SUBJECT_LENGTH } from './nudge';

const noteText = v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH));
/** The subject line of an email, as the person left it; only email channels carry one. */
const subject = v.optional(v.pipe(v.string(), v.maxLength(MAX_SUBJECT_LENGTH)));

/**
 * Every step a person can take with an idea, on a card or in the popup: the one step type,
 * checked at run time where it crosses into the background (src/messages.ts) and applied
 * by `applyStep` (core/nudge.ts). Low energy today is `mute`; a snooze is no step of an
 * idea's (the popup asks the background with `quiet`).
 */
export const nudgeStepSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('writing') }),
  /** The note as it is being typed, saved as it goes so that no word is lost. */
  v.strictObject({ kind: v.literal('draft'), text: noteText, subject }),
  v.strictObject({ kind: v.literal('channel'), channel: v.picklist(CHANNELS), text: noteText, subject }),
  v.strictObject({ kind: v.literal('sent'), text: noteText, subject }),
  v.strictObject({ kind: v.literal('reflect'), feeling: v.picklist(FEELINGS), note: v.pipe(v.string(), v.maxLength(MAX_REFLECTION_LENGTH)) }),
  /** How awkward the person expects the note to feel, told while writing. */
  v.strictObject({ kind: v.literal('expect'), awkward: v.picklist(AWKWARDNESS) }),
  /** How awkward it actually felt, told after sending. */
  v.strictObject({ kind: v.literal('felt'), awkward: v.picklist(AWKWARDNESS) }),
  v.strictObject({ kind: v.literal('dismiss') }),
  v.strictObject({ kind: v.literal('mute') }),
]);

export type NudgeStep = v.InferOutput<typeof nudgeStepSchema>;
