import { formatNumber } from '../../format-number';
import { useState } from 'preact/hooks';
import { exportEverything, exportFileName, type ExportProgress } from '../../../db/backup';
import { t, type MessageKey } from '../../../i18n';
import { ErrorNotice } from '../../components/ErrorNotice';

/** Export: one JSON file with everything, saved by the browser like any download; progress shows for a long history. */
export function ExportBackup() {
  const [progress, setProgress] = useState<ExportProgress>();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<MessageKey>();
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

  return (
    <div class="stack">
      <div class="row">
        <button type="button" class="button button--primary" aria-disabled={exporting} onClick={() => !exporting && void run()}>
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
      <ErrorNotice message={error} />
    </div>
  );
}
