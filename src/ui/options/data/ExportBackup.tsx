import { useId, useRef, useState } from 'preact/hooks';
import { copyOffer } from '../../../core/backup-reminder';
import { exportEverything, exportFileName, type BackupProgress } from '../../../db/backup';
import { copyState, setCopyOfferAside } from '../../../db/backup-reminder';
import { t, uiLanguage, type MessageKey } from '../../../i18n';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatNumber } from '../../format-number';
import { useLiveQuery } from '../../use-live-query';
import { writeProblem } from '../save-settings';

/** "3 Dec", with the year when it is not this one. */
function copyDay(at: number, now: number): string {
  const thisYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', ...(thisYear ? {} : { year: 'numeric' }) }).format(at);
}

/**
 * Export: one JSON file with everything, saved by the browser like any download; progress
 * shows for a long history. Above it, when the latest copy was saved, and once much is new
 * since, a calm offer of a fresh one that "Not now" puts away until as much again is new.
 */
export function ExportBackup() {
  const state = useLiveQuery(copyState);
  const [progress, setProgress] = useState<BackupProgress>();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<MessageKey>();
  const exportButton = useRef<HTMLButtonElement>(null);
  const exporting = progress !== undefined;

  const run = async () => {
    setError(undefined);
    setDone(false);
    setProgress({ done: 0, total: 0 });
    try {
      const blob = await exportEverything(setProgress);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = exportFileName(Date.now());
      link.click();
      // The browser has the file once the click is handled; the address can go after a moment.
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      setDone(true);
    } catch (cause) {
      console.error('Small Hellos could not export:', cause);
      setError('exportFailed');
    } finally {
      setProgress(undefined);
    }
  };

  // The offer leaves once answered: the keyboard goes on to the export button, not to the top of the page.
  const answer = async (act: () => Promise<void>) => {
    exportButton.current?.focus();
    try {
      await act();
    } catch (cause) {
      console.error('Small Hellos could not put the offer of a copy away:', cause);
      setError(writeProblem(cause));
    }
  };

  const copy = state.status === 'ready' ? state.value.copy : undefined;
  const offer = state.status === 'ready' && !exporting ? copyOffer(state.value.copy, state.value.entries) : undefined;
  return (
    <div class="stack">
      {copy && copy.at > 0 && <p>{t('copyLastSaved', copyDay(copy.at, Date.now()))}</p>}
      {offer && <CopyOffer offer={offer} onSave={() => void answer(run)} onSetAside={() => void answer(setCopyOfferAside)} />}
      <div class="row">
        <button ref={exportButton} type="button" class="button button--primary" aria-disabled={exporting} onClick={() => !exporting && void run()}>
          {t('exportButton')}
        </button>
      </div>
      {exporting && progress.total > 0 && (
        <label class="stack">
          {t('exportProgress', [formatNumber(progress.done), formatNumber(progress.total)])}
          <progress max={progress.total} value={progress.done} />
        </label>
      )}
      <p role="status" class="status">
        {done ? t('exportDone') : ''}
      </p>
      {state.status === 'error' && <ErrorNotice message="storageUnavailable" />}
      <ErrorNotice message={error} />
    </div>
  );
}

/** The offer of a copy, in one calm line: save one now, or not now. */
function CopyOffer({ offer, onSave, onSetAside }: { offer: 'first' | 'fresh'; onSave: () => void; onSetAside: () => void }) {
  const lineId = useId();
  return (
    <div class="person__confirm stack" role="group" aria-labelledby={lineId}>
      <p id={lineId}>{t(offer === 'first' ? 'copyOfferFirst' : 'copyOfferFresh')}</p>
      <div class="row">
        <button type="button" class="button" onClick={onSave}>
          {t('copyOfferSave')}
        </button>
        <button type="button" class="button button--quiet" onClick={onSetAside}>
          {t('notNow')}
        </button>
      </div>
    </div>
  );
}
