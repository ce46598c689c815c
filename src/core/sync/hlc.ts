import type { Random } from '../random';

/**
 * A hybrid logical clock, written so that comparing two as strings orders them: the
 * wall time in milliseconds (9 base-36 digits, enough until the year 5188), a counter for
 * events within one millisecond (2 digits), and the computer's own id, which breaks ties
 * between computers. A clock taken after seeing another is always later than it, even
 * when this computer's wall clock is behind; so "the later edit wins" holds between
 * computers whose clocks disagree a little.
 */
export type Hlc = string;

const WALL_DIGITS = 9;
const COUNT_DIGITS = 2;
const MAX_COUNT = 36 ** COUNT_DIGITS - 1;
export const NODE_LENGTH = 4;

/** A computer's id in the clocks: four base-36 characters, chosen once. */
export function newNodeId(random: Random): string {
  let id = '';
  for (let i = 0; i < NODE_LENGTH; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

function parse(clock: Hlc): { wall: number; count: number } {
  return { wall: parseInt(clock.slice(0, WALL_DIGITS), 36), count: parseInt(clock.slice(WALL_DIGITS, WALL_DIGITS + COUNT_DIGITS), 36) };
}

function format(wall: number, count: number, node: string): Hlc {
  return wall.toString(36).padStart(WALL_DIGITS, '0') + count.toString(36).padStart(COUNT_DIGITS, '0') + node;
}

/**
 * The clock for an event on this computer: later than `last` (the latest clock this
 * computer has taken or seen) and than its wall clock `now`.
 */
export function tick(last: Hlc | undefined, now: number, node: string): Hlc {
  const previous = last ? parse(last) : { wall: 0, count: 0 };
  if (now > previous.wall) return format(now, 0, node);
  // Many events in one millisecond (or a wall clock behind): count on, then borrow a millisecond.
  if (previous.count < MAX_COUNT) return format(previous.wall, previous.count + 1, node);
  return format(previous.wall + 1, 0, node);
}

/** The later of two clocks (either may be absent). */
export function later(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** Whether a string is a clock as written above, so a damaged one is never compared. */
export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && /^[0-9a-z]{15}$/.test(value);
}
