import { feelingsOf, type NotedFeeling } from '../core/heavy';
import { LOOKING_BACK_LATEST } from './looking-back';
import { db } from './database';

/**
 * The latest feelings noted after sending, newest first. Only the latest notes sent are
 * read (the sentAt index holds nothing else): every moment asks, and years of history must
 * not slow a card.
 */
export async function latestFeelings(limit: number): Promise<NotedFeeling[]> {
  const latest = await db.nudges.orderBy('sentAt').reverse().limit(LOOKING_BACK_LATEST).toArray();
  return feelingsOf(latest).slice(0, limit);
}
