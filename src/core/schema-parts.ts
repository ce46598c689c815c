import * as v from 'valibot';
import { isValidDate } from './time';

/**
 * Pieces the schemas of stored and imported rows share (backup-rows.ts,
 * settings-schema.ts), so that every table means the same by an id, a moment or a day.
 */

/** Far enough for any date or snooze, near enough that a hostile number cannot mean "for ever". */
export const LATEST_TIMESTAMP = Date.UTC(2200, 0, 1);

export const rowId = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));
export const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LATEST_TIMESTAMP));
export const day = v.pipe(v.string(), v.check(isValidDate, 'not a day'));

/** `true` only when A and B are the same type: a line using it stops compiling when a schema and its type drift apart. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A row as stored: it always has its id, which the types leave optional for rows not yet added. */
export type Stored<T extends { id?: number }> = Omit<T, 'id'> & { id: number };
