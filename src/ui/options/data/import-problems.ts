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

/** The problems said in words alone, with nothing of the file to name. */
const PLAIN_WORDS = {
  'too-large': 'importTooLarge',
  empty: 'importEmpty',
  'not-json': 'importNotJson',
  truncated: 'importTruncated',
  'not-a-backup': 'importNotBackup',
  'other-format-version': 'importOtherFormatVersion',
  'newer-version': 'importNewerVersion',
  'same-hours': 'importSameHours',
} as const satisfies Partial<Record<BackupProblem['kind'], MessageKey>>;

/** The problems that name a row: the part of the file it is in, and its number. */
const ROW_WORDS = {
  'special-value': 'importSpecialValue',
  'bad-mark': 'importBadMark',
  'bad-row': 'importBadRow',
  'duplicate-id': 'importDuplicate',
} as const satisfies Partial<Record<BackupProblem['kind'], MessageKey>>;

/** Whether a table of words names this problem; then the problem is one of the kinds it holds. */
function namedIn<Words extends object>(words: Words, problem: BackupProblem): problem is Extract<BackupProblem, { kind: keyof Words }> {
  return problem.kind in words;
}

/** The plain words for each problem a file can have; the part of the file and the entry are named where there is one. */
export function problemText(problem: BackupProblem): string {
  if (namedIn(PLAIN_WORDS, problem)) return t(PLAIN_WORDS[problem.kind]);
  if (namedIn(ROW_WORDS, problem)) return t(ROW_WORDS[problem.kind], [t(TABLE_NAMES[problem.table]), formatNumber(problem.row)]);
  switch (problem.kind) {
    case 'forbidden-key':
      return t('importForbiddenKey', problem.key);
    case 'other-database':
      return t('importOtherDatabase', problem.name);
    case 'unknown-table':
      return t('importUnknownTable', problem.table);
    case 'too-many-rows':
      return t('importTooManyRows', [t(TABLE_NAMES[problem.table]), formatNumber(problem.limit)]);
  }
}
