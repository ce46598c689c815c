import { useId, useRef, useState } from 'preact/hooks';
import { HISTORY_KEEPS, type HistoryKeep, type Settings } from '../../../core/settings';
import { countOlderThanKept } from '../../../db/history';
import { keepHistoryFor } from '../../../db/settings-changes';
import { t, type MessageKey } from '../../../i18n';
import { ChoiceField } from '../../components/ChoiceField';
import { StatusLine } from '../../components/StatusLine';
import { ConfirmQuestion } from '../ConfirmQuestion';
import { formatCount, type CountWords } from '../../format-number';
import { useAnnouncer } from '../use-announcer';
import { writeProblem } from '../save-settings';

const KEEP_LABELS: Record<HistoryKeep, MessageKey> = { forever: 'keepForever', year: 'keepYear', 'three-months': 'keepThreeMonths' };
const KEEP_QUESTIONS: Record<Exclude<HistoryKeep, 'forever'>, MessageKey> = {
  year: 'keepHistoryQuestionYear',
  'three-months': 'keepHistoryQuestionThreeMonths',
};
const ENTRIES: CountWords = { one: 'entriesOne', other: 'entriesOther' };

/**
 * How long history is kept. A shorter time that would remove entries asks first and says
 * how many go: the select alone never deletes (arrow keys on a closed select change it).
 */
export function KeepHistory({ settings }: { settings: Settings }) {
  const [asking, setAsking] = useState<{ keep: Exclude<HistoryKeep, 'forever'>; count: number }>();
  const [error, setError] = useState<MessageKey>();
  const [status, announce] = useAnnouncer();
  const ids = { select: useId(), question: useId() };
  const select = useRef<HTMLSelectElement>(null);
  const latest = useRef(0);

  const write = async (keep: HistoryKeep) => {
    setError(undefined);
    try {
      const result = await keepHistoryFor(keep, Date.now());
      if (!result.ok) {
        console.error('Small Hellos refused a setting:', result.field);
        setError('settingInvalid');
        return;
      }
      setAsking(undefined);
      announce(result.removed > 0 ? t('keepHistoryRemoved', formatCount(result.removed, ENTRIES)) : t('settingsSaved'));
    } catch (cause) {
      console.error('Small Hellos could not change how long history is kept:', cause);
      setError(writeProblem(cause));
    }
  };

  const choose = async (keep: HistoryKeep) => {
    const asked = ++latest.current;
    setError(undefined);
    if (keep === settings.keepHistory) return setAsking(undefined);
    const count = await countOlderThanKept(keep, Date.now()).catch(() => 0);
    if (asked !== latest.current) return undefined;
    if (keep === 'forever' || count === 0) {
      setAsking(undefined);
      return write(keep);
    }
    return setAsking({ keep, count });
  };

  const keepThem = () => {
    latest.current += 1;
    setAsking(undefined);
    select.current?.focus();
  };

  return (
    <div class="stack">
      <ChoiceField
        id={ids.select}
        label={t('keepHistoryFor')}
        value={asking?.keep ?? settings.keepHistory}
        options={HISTORY_KEEPS}
        optionLabel={(keep) => t(KEEP_LABELS[keep])}
        onChange={(keep) => void choose(keep)}
        selectRef={select}
      />
      {asking && (
        <ConfirmQuestion
          id={ids.question}
          question={t(KEEP_QUESTIONS[asking.keep], formatCount(asking.count, ENTRIES))}
          confirm={t('keepHistoryConfirm')}
          keep={t('keepHistoryCancel')}
          onConfirm={() => void write(asking.keep)}
          onKeep={keepThem}
          live
        />
      )}
      <StatusLine status={status} error={error} />
    </div>
  );
}
