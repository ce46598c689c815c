import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { StatusLine } from '../../components/StatusLine';
import { ConfirmQuestion } from '../ConfirmQuestion';
import { useQuestion } from '../use-question';
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
  const { asking, ask, questionId, opener, safeAnswer } = useQuestion();
  const [error, setError] = useState<MessageKey>();
  const [status, announce] = useAnnouncer();
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
        <ConfirmQuestion
          id={questionId}
          question={t(question)}
          confirm={t(confirm)}
          keep={t('keepIt')}
          onConfirm={() => void run()}
          onKeep={() => ask(false)}
          keepRef={safeAnswer}
        >
          {children}
        </ConfirmQuestion>
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
