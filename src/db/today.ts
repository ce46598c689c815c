import { feelingsOf, HEAVY_IN_A_ROW, type NotedFeeling } from '../core/heavy';
import type { Hello } from '../core/hellos';
import type { Nudge } from '../core/nudge';
import type { Ritual } from '../core/rituals';
import { DAY_MS } from '../core/time';
import { db } from './database';
import { latestFeelings } from './feelings';

/** What the popup's first view stands on: today, not the years before it. */
export interface TodayData {
  /** Notes sent and ideas done in the last day (today, wherever the person's day starts, is in it). */
  readonly sentToday: Nudge[];
  /** Hellos made in the last day. */
  readonly hellosToday: Hello[];
  /** The latest feelings noted, newest first: as far back as "heavier several times in a row" needs. */
  readonly feelings: NotedFeeling[];
  readonly rituals: Ritual[];
}

/**
 * Today's part of the history, by the indexes: however long the history, the first view
 * reads a day of it. Feelings further back matter only when today's latest felt heavier
 * (several in a row lead with support), and only then are the latest few read.
 */
export async function readToday(now = Date.now()): Promise<TodayData> {
  const since = now - DAY_MS;
  const [sentLately, hellosToday, rituals] = await Promise.all([
    db.nudges.where('sentAt').aboveOrEqual(since).toArray(),
    db.hellos.where('at').aboveOrEqual(since).toArray(),
    db.rituals.toArray(),
  ]);
  const sentToday = sentLately.filter((nudge) => nudge.status === 'sent');
  const todays = feelingsOf(sentToday);
  const feelings = todays[0]?.feeling === 'heavier' ? await latestFeelings(HEAVY_IN_A_ROW) : todays;
  return { sentToday, hellosToday, feelings, rituals };
}
