import { sentAtOf } from './hellos';
import type { Feeling, Nudge } from './nudge';
import type { Energy } from './energy';
import { dayKey } from './time';

/**
 * Reflection that listens. "Heavier" is heard: right after it nothing new is offered, and
 * after several in a row Small Hellos leads with support and the cards rest for the day,
 * unless the person says they would still like ideas today.
 */
export interface NotedFeeling {
  readonly feeling: Feeling;
  /** When it was noted (the note's send time). */
  readonly at: number;
}

/** The feelings noted after sending, newest first: what the rules below read. */
export function feelingsOf(nudges: readonly Pick<Nudge, 'status' | 'feeling' | 'sentAt' | 'updatedAt'>[]): NotedFeeling[] {
  return nudges
    .flatMap((nudge): NotedFeeling[] => (nudge.status === 'sent' && nudge.feeling ? [{ feeling: nudge.feeling, at: sentAtOf(nudge) }] : []))
    .sort((a, b) => b.at - a.at);
}

/** Heavier this many times in a row, the latest today: support first, cards rest. */
export const HEAVY_IN_A_ROW = 3;

/**
 * - `none`: nothing heavy today, or the person asked for ideas anyway.
 * - `rest-offered`: the latest hello felt heavier today; the popup offers rest, not a new idea.
 * - `support-first`: heavier several times in a row, the latest today; support leads, cards rest.
 */
export type HeavyState = 'none' | 'rest-offered' | 'support-first';

export interface HeavyInput {
  /** Feelings noted, newest first; a few are enough. */
  readonly feelings: readonly NotedFeeling[];
  readonly now: number;
  readonly dayStartsAtMinutes: number;
  /** When the person last said they would still like ideas (0 for never). */
  readonly ideasAnywayAt: number;
}

export function heavyState({ feelings, now, dayStartsAtMinutes, ideasAnywayAt }: HeavyInput): HeavyState {
  const [latest] = feelings;
  if (latest?.feeling !== 'heavier' || latest.at > now || dayKey(latest.at, dayStartsAtMinutes) !== dayKey(now, dayStartsAtMinutes)) return 'none';
  // Asked for ideas after the latest heavier: heard. A heavier noted after that is heard anew.
  if (ideasAnywayAt >= latest.at) return 'none';
  const inARow = feelings.slice(0, HEAVY_IN_A_ROW);
  return inARow.length === HEAVY_IN_A_ROW && inARow.every((noted) => noted.feeling === 'heavier') ? 'support-first' : 'rest-offered';
}

/**
 * When the latest hello felt heavier, unless the person has asked for ideas since; else
 * undefined. Right after it nothing new is offered (the policy's `rest-after-heavier`).
 */
export function heavierHeardAt(feelings: readonly NotedFeeling[], ideasAnywayAt: number): number | undefined {
  const [latest] = feelings;
  return latest?.feeling === 'heavier' && ideasAnywayAt < latest.at ? latest.at : undefined;
}

/**
 * After a hello that felt heavier today, ideas for the rest of the day are the smallest
 * ones, whatever energy the person told earlier.
 */
export function energyAfterFeelings(
  energy: Energy | undefined,
  feelings: readonly NotedFeeling[],
  now: number,
  dayStartsAtMinutes: number,
): Energy | undefined {
  const [latest] = feelings;
  const heavyToday = latest?.feeling === 'heavier' && latest.at <= now && dayKey(latest.at, dayStartsAtMinutes) === dayKey(now, dayStartsAtMinutes);
  return heavyToday ? 'low' : energy;
}
