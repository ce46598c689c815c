import type { NotedFeeling } from '../core/heavy';
import { sentAtOf } from '../core/hellos';
import { COMPANION_LATEST } from './companion';
import { db } from './database';

/**
 * The latest feelings noted after sending, newest first. Only the latest entries are read:
 * every moment asks, and years of history must not slow a card.
 */
export async function latestFeelings(limit: number): Promise<NotedFeeling[]> {
  const latest = await db.nudges.orderBy('shownAt').reverse().limit(COMPANION_LATEST).toArray();
  return latest
    .flatMap((nudge): NotedFeeling[] => (nudge.status === 'sent' && nudge.feeling ? [{ feeling: nudge.feeling, at: sentAtOf(nudge) }] : []))
    .sort((a, b) => b.at - a.at)
    .slice(0, limit);
}
