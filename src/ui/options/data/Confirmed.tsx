import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { StatusLine } from '../../components/StatusLine';
import { useAnnouncer } from '../use-announcer';
import { writeProblem } from '../save-settings';

/**
 * A button that asks once, in words that say what goes, and then acts. The keyboard goes
 * to the safe answer when the question comes, and back to the button when it goes.
 */
export function Confirmed({
  label,
  question,
  confirm,
  done,
  act,
  children,
}: {
  label: MessageKey;
  question: MessageKey;
  confirm: MessageKey;
  done: MessageKey;
  act: () => Promise<void>;
  /** A choice that goes with the question (Delete everything: the synced copy too). */
  children?: ComponentChildren;
}) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<MessageKey>();
  const [status, announce] = useAnnouncer();
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
  const run = async () => {
    setError(undefined);
    try {
      await act();
      ask(false);
      announce(t(done));
    } catch (cause) {
      console.error('Small Hellos could not do that:', cause);
      setError(writeProblem(cause));
    }
  };
  return (
    <div class="stack">
      {asking ? (
        <div class="person__confirm stack" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{t(question)}</p>
          {children}
          <div class="row">
            <button type="button" class="button" onClick={() => void run()}>
              {t(confirm)}
            </button>
            <button ref={safeAnswer} type="button" class="button button--primary" onClick={() => ask(false)}>
              {t('keepIt')}
            </button>
          </div>
        </div>
      ) : (
        <div class="row">
          <button ref={opener} type="button" class="button" onClick={() => ask(true)}>
            {t(label)}
          </button>
        </div>
      )}
      <StatusLine status={status} error={error} />
    </div>
  );
}
