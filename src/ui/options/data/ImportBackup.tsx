import { formatCount, formatNumber, type CountWords } from '../../format-number';
import { useId, useState } from 'preact/hooks';
import { MAX_BACKUP_BYTES, type BackupContents, type BackupProblem, type BackupTable } from '../../../core/backup';
import { backupCounts, mergeBackup, readBackupFile } from '../../../db/backup';
import { t, type MessageKey } from '../../../i18n';
import { ErrorNotice } from '../../components/ErrorNotice';
import { replaceEverything } from '../data-steps';
import { writeProblem } from '../save-settings';

const PEOPLE: CountWords = { one: 'countPeopleOne', other: 'countPeopleOther' };
const HISTORY: CountWords = { one: 'countHistoryOne', other: 'countHistoryOther' };

const TABLE_NAMES: Record<BackupTable, MessageKey> = {
  people: 'importTablePeople',
  nudges: 'importTableHistory',
  hellos: 'importTableHellos',
  rituals: 'importTableRituals',
  settings: 'importTableSettings',
};

/** The plain words for each problem a file can have; the part of the file and the entry are named where there is one. */
export function problemText(problem: BackupProblem): string {
  const table = (name: BackupTable) => t(TABLE_NAMES[name]);
  switch (problem.kind) {
    case 'too-large':
      return t('importTooLarge');
    case 'empty':
      return t('importEmpty');
    case 'not-json':
      return t('importNotJson');
    case 'truncated':
      return t('importTruncated');
    case 'forbidden-key':
      return t('importForbiddenKey', problem.key);
    case 'not-a-backup':
      return t('importNotBackup');
    case 'other-format-version':
      return t('importOtherFormatVersion');
    case 'other-database':
      return t('importOtherDatabase', problem.name);
    case 'newer-version':
      return t('importNewerVersion');
    case 'unknown-table':
      return t('importUnknownTable', problem.table);
    case 'special-value':
      return t('importSpecialValue', [table(problem.table), formatNumber(problem.row)]);
    case 'bad-row':
      return t('importBadRow', [table(problem.table), formatNumber(problem.row)]);
    case 'same-hours':
      return t('importSameHours');
    case 'duplicate-id':
      return t('importDuplicate', [table(problem.table), formatNumber(problem.row)]);
  }
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'refused'; message: string }
  | { kind: 'ready'; name: string; contents: BackupContents }
  | { kind: 'writing' }
  | { kind: 'done'; message: string };

/**
 * Import: choose a file, see what it holds, then replace or add to what is here. A file
 * with any problem is refused with the problem named, and nothing changes.
 */
export function ImportBackup() {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [error, setError] = useState<MessageKey>();
  const fileId = useId();
  const summaryId = useId();

  const choose = async (file: File | undefined) => {
    setError(undefined);
    if (!file) return setStage({ kind: 'idle' });
    if (file.size > MAX_BACKUP_BYTES) return setStage({ kind: 'refused', message: t('importTooLarge') });
    setStage({ kind: 'reading' });
    const reading = readBackupFile(await file.text());
    if (!reading.ok) console.warn('Small Hellos refused a file:', reading.problem);
    setStage(reading.ok ? { kind: 'ready', name: file.name, contents: reading.contents } : { kind: 'refused', message: problemText(reading.problem) });
  };

  const write = async (mode: 'replace' | 'merge', contents: BackupContents) => {
    setError(undefined);
    setStage({ kind: 'writing' });
    try {
      if (mode === 'replace') {
        await replaceEverything(contents);
        const counts = backupCounts(contents);
        setStage({ kind: 'done', message: t('importReplaced', [formatCount(counts.people, PEOPLE), formatCount(counts.history, HISTORY)]) });
      } else {
        const added = await mergeBackup(contents);
        setStage({ kind: 'done', message: t('importMerged', [formatCount(added.people, PEOPLE), formatCount(added.history, HISTORY)]) });
      }
    } catch (cause) {
      console.error('Small Hellos could not import:', cause);
      setError(writeProblem(cause));
      setStage({ kind: 'ready', name: '', contents });
    }
  };

  return (
    <div class="stack">
      <div class="field">
        <label for={fileId}>{t('importChoose')}</label>
        <input id={fileId} type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      {stage.kind === 'reading' && <p class="muted">{t('loading')}</p>}
      {stage.kind === 'refused' && (
        <p role="alert" class="notice">
          {t('importRefused')} {stage.message}
        </p>
      )}
      {stage.kind === 'ready' && <ImportChoice summaryId={summaryId} contents={stage.contents} onWrite={write} onCancel={() => setStage({ kind: 'idle' })} />}
      <p role="status" class="status">
        {stage.kind === 'done' ? stage.message : ''}
      </p>
      <ErrorNotice message={error} />
    </div>
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
