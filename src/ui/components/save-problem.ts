import { isQuotaError } from '../../db/storage-errors';
import type { MessageKey } from '../../i18n';
import type { ErrorCode } from '../../messages';

/**
 * The plain words for a save that failed, from a thrown error or the error code of a
 * background reply: no room left is said as such (nothing saved before is lost);
 * nothing else is guessed at.
 */
export function writeProblem(failure: unknown, otherwise: MessageKey = 'errorSaveFailed'): MessageKey {
  const full: ErrorCode = 'storage-full';
  return failure === full || isQuotaError(failure) ? 'storageFull' : otherwise;
}
