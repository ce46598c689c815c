/**
 * Whether a failed write failed because the browser has no room left for the extension's
 * data. Dexie wraps the browser's error (an aborted transaction carries it as `inner`).
 */
export function isQuotaError(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth += 1) {
    const { name, message, inner } = cause as { name?: unknown; message?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message))) return true;
    cause = inner;
  }
  return false;
}
