import type { HistoryKeep } from './settings';

/** The moment before which history is no longer kept, or nothing when it is kept for ever. */
export function historyCutoff(keep: HistoryKeep, now: number): number | undefined {
  if (keep === 'forever') return undefined;
  const date = new Date(now);
  if (keep === 'year') date.setFullYear(date.getFullYear() - 1);
  else date.setMonth(date.getMonth() - 3);
  return date.getTime();
}
