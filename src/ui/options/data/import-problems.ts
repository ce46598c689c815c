import type { BackupProblem, BackupTable } from '../../../core/backup';
import { t, type MessageKey } from '../../../i18n';
import { formatNumber } from '../../format-number';

/** The parts of a file, as a sentence about a problem names them. */
const TABLE_NAMES: Record<BackupTable, MessageKey> = {
  people: 'importTablePeople',
  nudges: 'importTableHistory',
  hellos: 'importTableHellos',
  rituals: 'importTableRituals',
  settings: 'importTableSettings',
  learning: 'importTableLearning',
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
    case 'too-many-rows':
      return t('importTooManyRows', [table(problem.table), formatNumber(problem.limit)]);
    case 'special-value':
      return t('importSpecialValue', [table(problem.table), formatNumber(problem.row)]);
    case 'bad-mark':
      return t('importBadMark', [table(problem.table), formatNumber(problem.row)]);
    case 'bad-row':
      return t('importBadRow', [table(problem.table), formatNumber(problem.row)]);
    case 'same-hours':
      return t('importSameHours');
    case 'duplicate-id':
      return t('importDuplicate', [table(problem.table), formatNumber(problem.row)]);
  }
}

