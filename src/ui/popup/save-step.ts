import type { NudgeStep } from '../../core/nudge';
import { recordStep } from '../../db/nudges';
import { isQuotaError } from '../../db/storage-errors';
import type { StepOutcome } from '../components/flow-actions';

/**
 * The popup's way to record a step: straight into the database. A storage failure comes
 * back as a value, like a background reply, so the write flow shows it the same way.
 */
export async function saveStep(id: number, step: NudgeStep): Promise<StepOutcome> {
  try {
    const result = await recordStep(id, step, Date.now());
    return result.ok ? { ok: true } : { ok: false, error: result.error };
  } catch (cause) {
    console.error('Small Hellos could not save a step:', cause);
    return { ok: false, error: isQuotaError(cause) ? 'storage-full' : 'storage-failed' };
  }
}
