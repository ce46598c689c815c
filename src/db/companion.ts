import { sentAtOf, type Hello } from '../core/hellos';
import type { Nudge } from '../core/nudge';
import type { Ritual } from '../core/rituals';
import { db } from './database';

/** What the popup shows beside today's idea: what happened (notes sent, hellos made) and the rituals. */
export interface CompanionData {
  /** Notes sent and ideas done, newest first. */
  readonly sent: Nudge[];
  /** Hellos made away from the suggestions, newest first. */
  readonly hellos: Hello[];
  readonly rituals: Ritual[];
}

export async function readCompanion(): Promise<CompanionData> {
  const [sent, hellos, rituals] = await Promise.all([
    db.nudges.where('status').equals('sent').toArray(),
    db.hellos.orderBy('at').reverse().toArray(),
    db.rituals.toArray(),
  ]);
  return { sent: sent.sort((a, b) => sentAtOf(b) - sentAtOf(a)), hellos, rituals };
}
