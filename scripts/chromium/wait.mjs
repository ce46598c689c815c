/** Waiting on a signal, never for a fixed time. */
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `check` until it returns something truthy.
 *
 * @template T
 * @param {() => T | Promise<T>} check
 * @param {{ timeout?: number, interval?: number, what?: string }} [options]
 * @returns {Promise<T>}
 */
export async function waitUntil(check, { timeout = 5_000, interval = 25, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const result = await check();
      if (result) return result;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    if (Date.now() >= deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await sleep(interval);
  }
}
