import { FRAME_MESSAGE_KEY, type FrameMessage } from '../../messages';

/**
 * The card's only words to the page that hosts its frame: layout, never data. The target
 * origin is '*' because the message carries nothing; the content script checks the source.
 */
export function postToHost(message: FrameMessage): void {
  window.parent.postMessage(message, '*');
}

export function closeFrame(): void {
  postToHost({ [FRAME_MESSAGE_KEY]: 'close' });
}

export function reportFrameHeight(height: number): void {
  postToHost({ [FRAME_MESSAGE_KEY]: 'resize', height: Math.ceil(height) });
}

/** The nudge id from the card's address (`?id=123`), or undefined when it is not a valid id. */
export function readNudgeId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('id');
  if (raw === null || !/^[1-9]\d{0,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}
