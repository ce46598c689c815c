/** What the card hears of the person being at it, from inside its own frame. */
export interface PresenceListener {
  /** The pointer came over the card or the keyboard into it (true), or both have left (false). */
  change?(present: boolean): void;
  /** A press or a key in the card: a control may be about to act. */
  aboutToAct?(): void;
}

/**
 * Whether the person is at the card: the pointer over it, or the keyboard in it. The card's
 * frame is its own document, so the page hears none of this, and it costs nothing while
 * nobody comes. Tells at once when the keyboard is in the card already. Returns a function
 * that stops listening.
 */
export function watchPresence(frame: Window, listener: PresenceListener): () => void {
  const document = frame.document;
  let pointerIn = false;
  let keyboardIn = document.hasFocus();
  let present = keyboardIn;
  const update = () => {
    if ((pointerIn || keyboardIn) === present) return;
    present = !present;
    listener.change?.(present);
  };
  const pointerOver = () => {
    pointerIn = true;
    update();
  };
  // Leaving the frame: nothing of this document is under the pointer any more. A finger
  // lifted from the glass is no leaving: a touch has no hover, and "leaves" after every tap.
  const pointerOut = (event: PointerEvent) => {
    if (event.relatedTarget !== null || event.pointerType === 'touch') return;
    pointerIn = false;
    update();
  };
  const focus = () => {
    keyboardIn = true;
    update();
  };
  const blur = () => {
    keyboardIn = false;
    update();
  };
  // A press is also the pointer or the keyboard arriving, where it came without a word (the
  // card appeared under a resting pointer): the person is there, and about to act.
  const pressed = () => {
    pointerOver();
    listener.aboutToAct?.();
  };
  const typed = () => {
    focus();
    listener.aboutToAct?.();
  };
  // One signal stops every listener at once.
  const listening = new AbortController();
  const captured = { capture: true, signal: listening.signal };
  document.addEventListener('pointerover', pointerOver, captured);
  document.addEventListener('pointerout', pointerOut, captured);
  document.addEventListener('pointerdown', pressed, captured);
  document.addEventListener('keydown', typed, captured);
  frame.addEventListener('focus', focus, { signal: listening.signal });
  frame.addEventListener('blur', blur, { signal: listening.signal });
  if (present) listener.change?.(true);
  return () => listening.abort();
}
