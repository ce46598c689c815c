import { useEffect, useId, useRef, useState } from 'preact/hooks';

/**
 * A question that takes the place of the button that asks it ("Delete…" becomes "Delete
 * this? Delete / Keep"): asked, the keyboard goes to the safe answer; taken away, back to
 * the button, so focus is never lost with the buttons that leave the page.
 */
export function useQuestion() {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const safeAnswer = useRef<HTMLButtonElement>(null);
  // Acted on after the render that shows the question (or takes it away).
  const [focusRequest, setFocusRequest] = useState<{ target: 'opener' | 'safe' }>();
  useEffect(() => {
    if (focusRequest) (focusRequest.target === 'safe' ? safeAnswer : opener).current?.focus();
  }, [focusRequest]);

  const ask = (next: boolean) => {
    setAsking(next);
    setFocusRequest({ target: next ? 'safe' : 'opener' });
  };
  return { asking, ask, questionId, opener, safeAnswer };
}
