import * as v from 'valibot';
import type { LearnedState } from './learning';
import { learnedStateSchema } from './learning-schema';

/**
 * The one row of what was learned, as a file holds it: exactly its key and a state that
 * `learnedStateSchema` accepts whole, nothing more. A file edited by hand, or one whose
 * counts are out of all bounds, is refused, as any other bad row is.
 */
export const learningRowSchema = v.strictObject({ key: v.literal('learning'), state: learnedStateSchema });

export type LearningRowCheck = { ok: true; state?: LearnedState } | { ok: false; row: number; field: string };

export function checkLearningRows(rows: readonly unknown[]): LearningRowCheck {
  if (rows.length === 0) return { ok: true };
  if (rows.length > 1) return { ok: false, row: 2, field: 'key' };
  const result = v.safeParse(learningRowSchema, rows[0]);
  if (result.success) return { ok: true, state: result.output.state };
  return { ok: false, row: 1, field: v.getDotPath(result.issues[0]) ?? 'row' };
}
