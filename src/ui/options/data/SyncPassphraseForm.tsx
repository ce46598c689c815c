import { useId, useState } from 'preact/hooks';
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
  const [problem, setProblem] = useState<MessageKey>();
  const ids = { passphrase: useId(), again: useId(), hint: useId() };

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (choose && passphrase.length < MIN_PASSPHRASE_LENGTH) return setProblem('syncTooShort');
    if (choose && passphrase !== again) return setProblem('syncNotSame');
    if (!choose && passphrase.length === 0) return setProblem('syncWrongPassphrase');
    setProblem(undefined);
    onSubmit(passphrase);
  };

  return (
    <form class="stack" onSubmit={submit} autocomplete="off">
      <p id={ids.hint} class="muted">
        {t(hint)}
      </p>
      {/* The hint above, about the passphrase, describes its field. */}
      <TextField id={ids.passphrase} label={t('syncPassphrase')} type="password" value={passphrase} onInput={setPassphrase} hintId={ids.hint} />
      {choose && <TextField id={ids.again} label={t('syncPassphraseAgain')} type="password" value={again} onInput={setAgain} />}
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
      <ErrorNotice message={problem ?? error} />
    </form>
  );
}
