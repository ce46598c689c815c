import { useId, useRef, useState } from 'preact/hooks';
import { MAX_BACKUP_BYTES, type BackupCheckProgress, type BackupContents } from '../../../core/backup';
import { backupCounts, mergeBackup, readBackupFile, type BackupProgress } from '../../../db/backup';
import { t, type MessageKey } from '../../../i18n';
import { StatusLine } from '../../components/StatusLine';
import { formatCount, formatNumber, type CountWords } from '../../format-number';
import { replaceEverything } from '../data-steps';
import { writeProblem } from '../save-settings';
import { problemText } from './import-problems';

const PEOPLE: CountWords = { one: 'countPeopleOne', other: 'countPeopleOther' };
const HISTORY: CountWords = { one: 'countHistoryOne', other: 'countHistoryOther' };

type Stage =
  | { kind: 'idle' }
  /** Reading the file; then how far the check of its entries has got. */
  | { kind: 'reading'; progress?: BackupCheckProgress }
  | { kind: 'refused'; message: string }
  | { kind: 'ready'; contents: BackupContents }
  | { kind: 'writing'; progress: BackupProgress }
  | { kind: 'done'; message: string };

/**
 * Import: choose a file, see what it holds, then replace or add to what is here. A file
 * with any problem is refused with the problem named, and nothing changes. Reading,
 * checking and writing each show how far they got; whatever goes wrong is said in words.
 */
export function ImportBackup() {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<MessageKey>();
  const fileId = useId();
  const summaryId = useId();
  // A file chosen while another is still being read takes its place.
  const latest = useRef(0);

  const choose = async (file: File | undefined) => {
    const chosen = ++latest.current;
    const show = (next: Stage) => chosen === latest.current && setStage(next);
    setError(undefined);
    if (!file) return show({ kind: 'idle' });
    if (file.size > MAX_BACKUP_BYTES) return show({ kind: 'refused', message: t('importTooLarge') });
    show({ kind: 'reading' });
    try {
      const reading = await readBackupFile(await file.text(), (progress) => show({ kind: 'reading', progress }));
      if (!reading.ok) console.warn('Small Hellos refused a file:', reading.problem);
      return show(reading.ok ? { kind: 'ready', contents: reading.contents } : { kind: 'refused', message: problemText(reading.problem) });
    } catch (cause) {
      console.error('Small Hellos could not read a file:', cause);
      return show({ kind: 'refused', message: t('importUnreadable') });
    }
  };

  const write = async (mode: 'replace' | 'merge', contents: BackupContents) => {
    setError(undefined);
    const counts = backupCounts(contents);
    const writing = (progress: BackupProgress) => setStage({ kind: 'writing', progress });
    writing({ done: 0, total: counts.people + counts.history + contents.rituals.length });
    try {
      if (mode === 'replace') {
        await replaceEverything(contents, writing);
        setStage({ kind: 'done', message: t('importReplaced', [formatCount(counts.people, PEOPLE), formatCount(counts.history, HISTORY)]) });
      } else {
        const added = await mergeBackup(contents, writing);
        setStage({ kind: 'done', message: t('importMerged', [formatCount(added.people, PEOPLE), formatCount(added.history, HISTORY)]) });
      }
    } catch (cause) {
      console.error('Small Hellos could not import:', cause);
      setError(writeProblem(cause));
      setStage({ kind: 'ready', contents });
    }
  };

  return (
    <div class="stack">
      <div class="field">
        <label for={fileId}>{t('importChoose')}</label>
        <input id={fileId} type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      {stage.kind === 'reading' && !stage.progress && <p class="muted">{t('importReading')}</p>}
      {stage.kind === 'reading' && stage.progress && <Progress words="importChecking" done={stage.progress.checked} total={stage.progress.total} />}
      {stage.kind === 'writing' && <Progress words="importWriting" done={stage.progress.done} total={stage.progress.total} />}
      {stage.kind === 'refused' && (
        <p role="alert" class="notice">
          {t('importRefused')} {stage.message}
        </p>
      )}
      {stage.kind === 'ready' && <ImportChoice summaryId={summaryId} contents={stage.contents} onWrite={write} onCancel={() => setStage({ kind: 'idle' })} />}
      <StatusLine status={stage.kind === 'done' ? stage.message : ''} error={error} />
    </div>
  );
}

function Progress({ words, done, total }: { words: MessageKey; done: number; total: number }) {
  return (
    <label class="stack">
      {t(words, [formatNumber(done), formatNumber(total)])}
      <progress max={total} value={done} />
    </label>
  );
}

function ImportChoice({
  summaryId,
  contents,
  onWrite,
  onCancel,
}: {
  summaryId: string;
  contents: BackupContents;
  onWrite: (mode: 'replace' | 'merge', contents: BackupContents) => void;
  onCancel: () => void;
}) {
  const counts = backupCounts(contents);
  return (
    <div class="person__confirm stack" role="group" aria-labelledby={summaryId}>
      <p id={summaryId}>{t('importHolds')}</p>
      <ul>
        <li>{t('importCountPeople', formatNumber(counts.people))}</li>
        <li>{t('importCountHistory', formatNumber(counts.history))}</li>
        <li>{t('importCountReflections', formatNumber(counts.reflections))}</li>
        <li>{t(counts.settings ? 'importHasSettings' : 'importNoSettings')}</li>
      </ul>
      <p class="muted">{t('importChoiceHint')}</p>
      <div class="row">
        <button type="button" class="button" onClick={() => onWrite('replace', contents)}>
          {t('importReplace')}
        </button>
        <button type="button" class="button" onClick={() => onWrite('merge', contents)}>
          {t('importMerge')}
        </button>
        <button type="button" class="button button--primary" onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </div>
  );
}
