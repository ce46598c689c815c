import { formatCount, formatNumber, type CountWords } from '../../format-number';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { HISTORY_KEEPS, type HistoryKeep, type Settings } from '../../../core/settings';
import { clearHistory, countHistory, countOlderThanKept } from '../../../db/history';
import { getSettings } from '../../../db/settings';
import { keepHistoryFor } from '../../../db/settings-changes';
import { t, type MessageKey } from '../../../i18n';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLiveQuery } from '../../use-live-query';
import { useAnnouncer } from '../use-announcer';
import { startFresh } from '../data-steps';
import { writeProblem } from '../save-settings';
import { ExportBackup } from './ExportBackup';
import { HappenedList } from './HappenedList';
import { ImportBackup } from './ImportBackup';
import { SyncedCopyChoice, SyncSection } from './SyncSection';
import type { ComponentChildren } from 'preact';
import { StorageStatus } from './StorageStatus';

const KEEP_LABELS: Record<HistoryKeep, MessageKey> = { forever: 'keepForever', year: 'keepYear', 'three-months': 'keepThreeMonths' };

/** Your data: what is kept and where, export, import, how long history stays, and a fresh start. */
export function DataSection() {
  const settings = useLiveQuery(getSettings);
  const history = useLiveQuery(countHistory);
  const headingId = useId();
  const [removeSyncedCopy, setRemoveSyncedCopy] = useState(false);
  return (
    <section class="stack" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('dataHeading')}
      </h2>
      <p>{t('dataWhatIsStored')}</p>
      <p>{t('dataStaysHere')}</p>
      <StorageStatus />
      {(settings.status === 'error' || history.status === 'error') && <ErrorNotice message="storageUnavailable" />}

      <h3>{t('exportHeading')}</h3>
      <p class="muted">{t('exportIntro')}</p>
      <ExportBackup />

      <h3>{t('importHeading')}</h3>
      <p class="muted">{t('importIntro')}</p>
      <ImportBackup />

      <SyncSection />

      <h3>{t('historyHeading')}</h3>
      {history.status === 'ready' && <p class="muted">{t('historyCount', formatNumber(history.value))}</p>}
      {settings.status === 'ready' && <KeepHistory settings={settings.value} />}
      {/* Read again from the top whenever the history changes (an import, a clear). */}
      <HappenedList key={history.status === 'ready' ? history.value : -1} />
      <Confirmed
        label="clearHistory"
        question="clearHistoryQuestion"
        confirm="clearHistoryConfirm"
        done="clearHistoryDone"
        act={clearHistory}
      />

      <h3>{t('deleteEverythingHeading')}</h3>
      <Confirmed
        label="deleteEverything"
        question="deleteEverythingQuestion"
        confirm="deleteEverythingConfirm"
        done="deleteEverythingDone"
        act={() => startFresh(removeSyncedCopy)}
      >
        <SyncedCopyChoice checked={removeSyncedCopy} onChange={setRemoveSyncedCopy} />
      </Confirmed>
    </section>
  );
}

const KEEP_QUESTIONS: Record<Exclude<HistoryKeep, 'forever'>, MessageKey> = { year: 'keepHistoryQuestionYear', 'three-months': 'keepHistoryQuestionThreeMonths' };
const ENTRIES: CountWords = { one: 'entriesOne', other: 'entriesOther' };

/**
 * How long history is kept. A shorter time that would remove entries asks first and says
 * how many go: the select alone never deletes (arrow keys on a closed select change it).
 */
function KeepHistory({ settings }: { settings: Settings }) {
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
      <div class="field">
        <label for={ids.select}>{t('keepHistoryFor')}</label>
        <select ref={select} id={ids.select} value={asking?.keep ?? settings.keepHistory} onChange={(e) => void choose(e.currentTarget.value as HistoryKeep)}>
          {HISTORY_KEEPS.map((keep) => (
            <option key={keep} value={keep}>
              {t(KEEP_LABELS[keep])}
            </option>
          ))}
        </select>
      </div>
      {asking && (
        <div class="person__confirm stack" role="group" aria-labelledby={ids.question}>
          <p id={ids.question} aria-live="polite">
            {t(KEEP_QUESTIONS[asking.keep], formatCount(asking.count, ENTRIES))}
          </p>
          <div class="row">
            <button type="button" class="button" onClick={() => void write(asking.keep)}>
              {t('keepHistoryConfirm')}
            </button>
            <button type="button" class="button button--primary" onClick={keepThem}>
              {t('keepHistoryCancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" class="status">
        {status}
      </p>
      <ErrorNotice message={error} />
    </div>
  );
}

/**
 * A button that asks once, in words that say what goes, and then acts. The keyboard goes
 * to the safe answer when the question comes, and back to the button when it goes.
 */
function Confirmed({
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
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<MessageKey>();
  const [status, announce] = useAnnouncer();
  const questionId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const safeAnswer = useRef<HTMLButtonElement>(null);
  // Acted on after the render that shows the question (or takes it away).
  const [focusRequest, setFocusRequest] = useState<{ target: 'opener' | 'safe' }>();
  useEffect(() => {
    if (focusRequest) (focusRequest.target === 'safe' ? safeAnswer : opener).current?.focus();
  }, [focusRequest]);

  const ask = (next: boolean) => {
    setAsking(next);
    setFocusRequest({ target: next ? 'safe' : 'opener' });
  };
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
        <div class="person__confirm stack" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{t(question)}</p>
          {children}
          <div class="row">
            <button type="button" class="button" onClick={() => void run()}>
              {t(confirm)}
            </button>
            <button ref={safeAnswer} type="button" class="button button--primary" onClick={() => ask(false)}>
              {t('keepIt')}
            </button>
          </div>
        </div>
      ) : (
        <div class="row">
          <button ref={opener} type="button" class="button" onClick={() => ask(true)}>
            {t(label)}
          </button>
        </div>
      )}
      <p role="status" class="status">
        {status}
      </p>
      <ErrorNotice message={error} />
    </div>
  );
}
