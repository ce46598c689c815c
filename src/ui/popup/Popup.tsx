import { latestNudges } from '../../db/nudges';
import { listPeople } from '../../db/people';
import { getSettings } from '../../db/settings';
import { t } from '../../i18n';
import { ErrorNotice } from '../components/ErrorNotice';
import { useLiveQuery } from '../use-live-query';
import { useNow } from '../use-now';
import { OpenSettings } from '../components/OpenSettings';
import { History } from './History';
import { QuietControls } from './QuietControls';
import { TodaySuggestion } from './TodaySuggestion';

/** How many earlier suggestions the history shows. */
export const HISTORY_LENGTH = 50;

/** The toolbar popup: today's one idea, quiet times, and what happened before. */
export function Popup() {
  const settings = useLiveQuery(getSettings);
  const history = useLiveQuery(() => latestNudges(HISTORY_LENGTH));
  const people = useLiveQuery(() => listPeople());
  const now = useNow(settings.status === 'ready' ? Math.max(settings.value.mutedUntil, settings.value.snoozedUntil) : 0);

  if (settings.status === 'error' || history.status === 'error' || people.status === 'error') {
    return (
      <main class="popup stack">
        <h1>{t('extName')}</h1>
        <ErrorNotice message="storageUnavailable" />
      </main>
    );
  }
  if (settings.status === 'loading' || history.status === 'loading' || people.status === 'loading') {
    return (
      <main class="popup stack" aria-busy="true">
        <h1>{t('extName')}</h1>
        <p class="muted">{t('loading')}</p>
      </main>
    );
  }

  return (
    <main class="popup stack">
      <h1>{t('extName')}</h1>
      <TodaySuggestion settings={settings.value} history={history.value} people={people.value} now={now} />
      <QuietControls settings={settings.value} now={now} />
      <History nudges={history.value} />
      <footer>
        <OpenSettings label="yourPeople" />
      </footer>
    </main>
  );
}
