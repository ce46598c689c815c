import type { FrameMessage } from '../../messages';

/**
 * The card's only words to the page that hosts its frame: layout, never data. The target
 * origin is '*' because the message carries nothing; the content script checks the source.
 */
export function postToHost(message: FrameMessage): void {
  window.parent.postMessage(message, '*');
}

// The key is written out, not imported, so the card does not pull the message schemas
// (and valibot) into its frame; the FrameMessage type still checks it.
export function closeFrame(): void {
  postToHost({ smallHellosFrame: 'close' });
}

export function reportFrameHeight(height: number): void {
  postToHost({ smallHellosFrame: 'resize', height: Math.ceil(height) });
}

/** The nudge id from the card's address (`?id=123`), or undefined when it is not a valid id. */
export function readNudgeId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('id');
  if (raw === null || !/^[1-9]\d{0,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}
