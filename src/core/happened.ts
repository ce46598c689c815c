import { sentAtOf, type Hello } from './hellos';
import type { Nudge } from './nudge';

/**
 * The history a person reads: what happened — notes sent, ideas done, hellos made, with
 * the feelings noted — and nothing else. Ideas shown, put off, snoozed or rested on are
 * kept for pacing but never listed (VOICE.md: keep what happened).
 */
export type Happened =
  { readonly kind: 'note'; readonly at: number; readonly nudge: Nudge } | { readonly kind: 'hello'; readonly at: number; readonly hello: Hello };

export function whatHappened(nudges: readonly Nudge[], hellos: readonly Hello[], limit: number): Happened[] {
  const notes = nudges.filter((nudge) => nudge.status === 'sent').map((nudge): Happened => ({ kind: 'note', at: sentAtOf(nudge), nudge }));
  const made = hellos.map((hello): Happened => ({ kind: 'hello', at: hello.at, hello }));
  return [...notes, ...made].sort((a, b) => b.at - a.at).slice(0, limit);
}
