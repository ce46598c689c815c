import type { NotedFeeling } from '../core/heavy';
import { sentAtOf } from '../core/hellos';
import { db } from './database';

/** The latest feelings noted after sending, newest first. */
export async function latestFeelings(limit: number): Promise<NotedFeeling[]> {
  const sent = await db.nudges.where('status').equals('sent').toArray();
  return sent
    .flatMap((nudge): NotedFeeling[] => (nudge.feeling ? [{ feeling: nudge.feeling, at: sentAtOf(nudge) }] : []))
    .sort((a, b) => b.at - a.at)
    .slice(0, limit);
}
