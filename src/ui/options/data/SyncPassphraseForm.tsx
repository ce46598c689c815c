import { useId, useRef, useState } from 'preact/hooks';
import { MIN_PASSPHRASE_LENGTH } from '../../../sync/account';
import { t, type MessageKey } from '../../../i18n';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';

/**
 * The passphrase, typed once to open a synced copy that exists, or chosen twice for a new
 * one. The browser is asked not to keep it: a password manager that syncs would carry it
 * beside what it locks.
 */
export function SyncPassphraseForm({
  choose,
  hint,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  /** A new passphrase, typed twice and long enough; else the one that opens the copy. */
  choose: boolean;
  hint: MessageKey;
  submitLabel: MessageKey;
  busy: boolean;
  error: MessageKey | undefined;
  onSubmit: (passphrase: string) => void;
  onCancel?: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  // A problem found here is said under the field it is about, and the keyboard goes there.
  const [problem, setProblem] = useState<{ message: MessageKey; inAgain: boolean }>();
  const ids = { passphrase: useId(), again: useId(), hint: useId() };
  const fields = { passphrase: useRef<HTMLInputElement>(null), again: useRef<HTMLInputElement>(null) };

  const refuse = (message: MessageKey, inAgain = false) => {
    setProblem({ message, inAgain });
    (inAgain ? fields.again : fields.passphrase).current?.focus();
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (choose && passphrase.length < MIN_PASSPHRASE_LENGTH) return refuse('syncTooShort');
    if (choose && passphrase !== again) return refuse('syncNotSame', true);
    if (!choose && passphrase.length === 0) return refuse('syncWrongPassphrase');
    setProblem(undefined);
    onSubmit(passphrase);
  };
  /** What both passphrase fields share: hidden as typed, their own problem, and the way the keyboard is sent to them. */
  const passphraseField = (inAgain: boolean) => ({
    type: 'password' as const,
    error: problem && problem.inAgain === inAgain ? t(problem.message) : undefined,
    inputRef: inAgain ? fields.again : fields.passphrase,
  });

  return (
    <form class="stack" onSubmit={submit} autocomplete="off">
      <p id={ids.hint} class="muted">
        {t(hint)}
      </p>
      {/* The hint above, about the passphrase, describes its field. */}
      <TextField id={ids.passphrase} label={t('syncPassphrase')} value={passphrase} onInput={setPassphrase} hintId={ids.hint} {...passphraseField(false)} />
      {choose && <TextField id={ids.again} label={t('syncPassphraseAgain')} value={again} onInput={setAgain} {...passphraseField(true)} />}
      <div class="row">
        <button type="submit" class="button button--primary" aria-disabled={busy}>
          {t(submitLabel)}
        </button>
        {onCancel && (
          <button type="button" class="button" onClick={onCancel}>
            {t('syncNotNow')}
          </button>
        )}
      </div>
      {busy && (
        <p role="status" class="status">
          {t('syncWorking')}
        </p>
      )}
      {/* What the background answers (a passphrase that does not open the copy, no room) comes later, and is announced. */}
      <ErrorNotice message={problem ? undefined : error} />
    </form>
  );
}
