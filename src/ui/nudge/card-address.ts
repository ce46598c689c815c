import type { Corner } from '../../core/settings';

/** What the content script puts in the card's address: `?id=123&corner=left`. */

/** The nudge id, or undefined when it is missing or not a valid id. */
export function readNudgeId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('id');
  if (raw === null || !/^[1-9]\d{0,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** The corner the card sits in; the right one unless it says left. */
export function readCorner(search: string): Corner {
  return new URLSearchParams(search).get('corner') === 'left' ? 'left' : 'right';
}
