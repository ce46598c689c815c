import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { clearHistory, countHistory } from '../../../db/history';
import { getSettings } from '../../../db/settings';
import { t, type MessageKey } from '../../../i18n';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatNumber } from '../../format-number';
import { useLiveQuery } from '../../use-live-query';
import { startFresh } from '../data-steps';
import { Section } from '../Section';
import { Confirmed } from './Confirmed';
import { ExportBackup } from './ExportBackup';
import { HappenedList } from './HappenedList';
import { ImportBackup } from './ImportBackup';
import { KeepHistory } from './KeepHistory';
import { StorageStatus } from './StorageStatus';
import { SyncedCopyChoice, SyncSection } from './SyncSection';

/** One part of Your data: a heading, a line under it if it needs one, and what it offers. */
interface DataPart {
  readonly heading: MessageKey;
  readonly intro?: MessageKey;
  readonly View: FunctionComponent;
}

function HistoryPart() {
  const settings = useLiveQuery(getSettings);
  const history = useLiveQuery(countHistory);
  return (
    <>
      {(settings.status === 'error' || history.status === 'error') && <ErrorNotice message="storageUnavailable" />}
      {history.status === 'ready' && <p class="muted">{t('historyCount', formatNumber(history.value))}</p>}
      {settings.status === 'ready' && <KeepHistory settings={settings.value} />}
      {/* Read again from the top whenever the history changes (an import, a clear). */}
      <HappenedList key={history.status === 'ready' ? history.value : -1} />
      <Confirmed label="clearHistory" question="clearHistoryQuestion" confirm="clearHistoryConfirm" done="clearHistoryDone" act={clearHistory} />
    </>
  );
}

function FreshStartPart() {
  const [removeSyncedCopy, setRemoveSyncedCopy] = useState(false);
  return (
    <Confirmed
      label="deleteEverything"
      question="deleteEverythingQuestion"
      confirm="deleteEverythingConfirm"
      done="deleteEverythingDone"
      act={() => startFresh(removeSyncedCopy)}
    >
      <SyncedCopyChoice checked={removeSyncedCopy} onChange={setRemoveSyncedCopy} />
    </Confirmed>
  );
}

/** The parts of Your data, in the order they are shown: a new part is one more line here. */
const DATA_PARTS: readonly DataPart[] = [
  { heading: 'exportHeading', intro: 'exportIntro', View: ExportBackup },
  { heading: 'importHeading', intro: 'importIntro', View: ImportBackup },
  { heading: 'syncHeading', View: SyncSection },
  { heading: 'historyHeading', View: HistoryPart },
  { heading: 'deleteEverythingHeading', View: FreshStartPart },
];

/** Your data: what is kept and where, then each part in turn. */
export function DataSection() {
  return (
    <Section heading="dataHeading">
      <p>{t('dataWhatIsStored')}</p>
      <p>{t('dataStaysHere')}</p>
      <StorageStatus />
      {DATA_PARTS.map(({ heading, intro, View }) => (
        <div key={heading} class="stack">
          <h3>{t(heading)}</h3>
          {intro && <p class="muted">{t(intro)}</p>}
          <View />
        </div>
      ))}
    </Section>
  );
}
