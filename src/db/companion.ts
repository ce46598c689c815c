import { sentAtOf, type Hello } from '../core/hellos';
import type { Nudge } from '../core/nudge';
import type { Ritual } from '../core/rituals';
import { DAY_MS } from '../core/time';
import { db } from './database';

/** What the popup shows beside today's idea: what happened (notes sent, hellos made) and the rituals. */
export interface CompanionData {
  /** Notes sent and ideas done, newest first. */
  readonly sent: Nudge[];
  /** Hellos made away from the suggestions, newest first. */
  readonly hellos: Hello[];
  readonly rituals: Ritual[];
}

/**
 * How far back the popup reads. Years of history must not slow it (50,000 entries took
 * over a second to read whole): the picture of the weeks needs the last eight and this
 * one, and the history, the latest feelings and "expected versus actual" need only the
 * latest entries.
 */
export const COMPANION_DAYS = 10 * 7;
export const COMPANION_LATEST = 300;

export async function readCompanion(now = Date.now()): Promise<CompanionData> {
  const since = now - COMPANION_DAYS * DAY_MS;
  const [latest, lately, latestHellos, hellosLately, rituals] = await Promise.all([
    db.nudges.orderBy('shownAt').reverse().limit(COMPANION_LATEST).toArray(),
    db.nudges.where('shownAt').aboveOrEqual(since).toArray(),
    db.hellos.orderBy('at').reverse().limit(COMPANION_LATEST).toArray(),
    db.hellos.where('at').aboveOrEqual(since).toArray(),
    db.rituals.toArray(),
  ]);
  const sent = byId([...latest, ...lately].filter((nudge) => nudge.status === 'sent'));
  const hellos = byId([...latestHellos, ...hellosLately]);
  return { sent: sent.sort((a, b) => sentAtOf(b) - sentAtOf(a)), hellos: hellos.sort((a, b) => b.at - a.at), rituals };
}

/** Each row once, however many of the reads found it. */
function byId<T extends { id?: number }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}
