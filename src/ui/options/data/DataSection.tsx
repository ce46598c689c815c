import { formatNumber } from '../../format-number';
import { useId, useState } from 'preact/hooks';
import { HISTORY_KEEPS, type HistoryKeep, type Settings } from '../../../core/settings';
import { clearHistory, countHistory, deleteEverything, pruneHistory } from '../../../db/history';
import { getSettings } from '../../../db/settings';
import { t, type MessageKey } from '../../../i18n';
import { releaseAllSites } from '../../../site-access';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLiveQuery } from '../../use-live-query';
import { useAnnouncer } from '../use-announcer';
import { useSaveSettings, writeProblem } from '../save-settings';
import { ExportBackup } from './ExportBackup';
import { HappenedList } from './HappenedList';
import { ImportBackup } from './ImportBackup';

const KEEP_LABELS: Record<HistoryKeep, MessageKey> = { forever: 'keepForever', year: 'keepYear', 'three-months': 'keepThreeMonths' };

/** Your data: what is kept and where, export, import, how long history stays, and a fresh start. */
export function DataSection() {
  const settings = useLiveQuery(getSettings);
  const history = useLiveQuery(countHistory);
  const headingId = useId();
  return (
    <section class="stack" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('dataHeading')}
      </h2>
      <p>{t('dataWhatIsStored')}</p>
      <p>{t('dataStaysHere')}</p>
      {(settings.status === 'error' || history.status === 'error') && <ErrorNotice message="storageUnavailable" />}

      <h3>{t('exportHeading')}</h3>
      <p class="muted">{t('exportIntro')}</p>
      <ExportBackup />

      <h3>{t('importHeading')}</h3>
      <p class="muted">{t('importIntro')}</p>
      <ImportBackup />

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
        act={async () => {
          const { customSites } = await getSettings();
          await deleteEverything();
          // The sites' grants go back to the browser; a failure there leaves no data behind.
          await releaseAllSites(customSites).catch((cause: unknown) => console.error('Small Hellos could not give sites back:', cause));
        }}
      />
    </section>
  );
}

function KeepHistory({ settings: stored }: { settings: Settings }) {
  const { shown: settings, save, status, error } = useSaveSettings(stored);
  const id = useId();
  const change = async (keep: HistoryKeep) => {
    if (await save({ keepHistory: keep })) await pruneHistory(Date.now()).catch(() => undefined);
  };
  return (
    <div class="field">
      <label for={id}>{t('keepHistoryFor')}</label>
      <select id={id} value={settings.keepHistory} onChange={(e) => void change(e.currentTarget.value as HistoryKeep)}>
        {HISTORY_KEEPS.map((keep) => (
          <option key={keep} value={keep}>
            {t(KEEP_LABELS[keep])}
          </option>
        ))}
      </select>
      <p role="status" class="status">
        {status}
      </p>
      <ErrorNotice message={error} />
    </div>
  );
}

/** A button that asks once, in words that say what goes, and then acts. */
function Confirmed({ label, question, confirm, done, act }: { label: MessageKey; question: MessageKey; confirm: MessageKey; done: MessageKey; act: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<MessageKey>();
  const [status, announce] = useAnnouncer();
  const questionId = useId();
  const run = async () => {
    setError(undefined);
    try {
      await act();
      setAsking(false);
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
          <div class="row">
            <button type="button" class="button" onClick={() => void run()}>
              {t(confirm)}
            </button>
            <button type="button" class="button button--primary" onClick={() => setAsking(false)}>
              {t('keepIt')}
            </button>
          </div>
        </div>
      ) : (
        <div class="row">
          <button type="button" class="button" onClick={() => setAsking(true)}>
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
