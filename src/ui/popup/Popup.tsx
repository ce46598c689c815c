import { useEffect } from 'preact/hooks';
import { heavyState } from '../../core/heavy';
import { madeAHelloToday } from '../../core/hellos';
import { ritualsDue } from '../../core/rituals';
import { quietState } from '../../core/settings';
import { dayKey } from '../../core/time';
import { readToday } from '../../db/today';
import { listPeople } from '../../db/people';
import { getSettings } from '../../db/settings';
import { t } from '../../i18n';
import { ErrorNotice } from '../components/ErrorNotice';
import { OpenSettings } from '../components/OpenSettings';
import { SupportLink } from '../components/SupportLink';
import { useLiveQuery } from '../use-live-query';
import { useNow } from '../use-now';
import { ConnectedLog } from './ConnectedLog';
import { DueRituals } from './DueRituals';
import { Intention } from './Intention';
import { QuietControls } from './QuietControls';
import { SupportFirst } from './SupportFirst';
import { TodaySuggestion, type PopupLead } from './TodaySuggestion';
import { useModule } from './use-module';

/**
 * The toolbar popup: today's one idea, or what the day is for instead (rest after Low
 * energy today or a hello that felt heavier, the intention kept; after heavy hellos,
 * support first), rituals due, a way to log a hello made elsewhere, quiet times, and,
 * arriving after that first view, small wins and what happened before. `onShown` is
 * called once the first view (or a storage problem) is on screen.
 */
export function Popup({ onShown }: { onShown?: () => void }) {
  const settings = useLiveQuery(getSettings);
  const people = useLiveQuery(() => listPeople());
  const today = useLiveQuery(readToday);
  // Renders again when a quiet time ends, and every minute; each render reads the clock
  // afresh, so a hello just kept is never newer than "now".
  useNow(settings.status === 'ready' ? Math.max(settings.value.mutedUntil, settings.value.snoozedUntil) : 0);
  const now = Date.now();
  const states = [settings, people, today];
  const failed = states.some((state) => state.status === 'error');
  const shown = failed || states.every((state) => state.status === 'ready');
  useEffect(() => {
    if (shown) onShown?.();
  }, [shown]);

  if (failed) {
    return (
      <main class="popup stack">
        <h1>{t('extName')}</h1>
        <ErrorNotice message="storageUnavailable" />
        <PopupFooter />
      </main>
    );
  }
  if (settings.status !== 'ready' || people.status !== 'ready' || today.status !== 'ready') {
    return (
      <main class="popup stack" aria-busy="true">
        <h1>{t('extName')}</h1>
        <p class="muted">{t('loading')}</p>
        <PopupFooter />
      </main>
    );
  }

  const { dayStartsAtMinutes } = settings.value;
  const { sentToday, hellosToday, feelings, rituals } = today.value;
  const heavy = heavyState({ feelings, now, dayStartsAtMinutes, ideasAnywayAt: settings.value.ideasAnywayAt });
  const helloMadeToday = madeAHelloToday(sentToday, hellosToday, now, dayStartsAtMinutes);
  const intentionMet = helloMadeToday && settings.value.intentionDay === dayKey(now, dayStartsAtMinutes);
  const lead: PopupLead =
    heavy === 'rest-offered' ? 'rest-after-heavier' : quietState(settings.value, now).kind === 'resting' ? 'resting' : intentionMet ? 'intention-met' : 'idea';

  return (
    <main class="popup stack">
      <h1>{t('extName')}</h1>
      {heavy === 'support-first' ? (
        <SupportFirst settings={settings.value} />
      ) : (
        <>
          <TodaySuggestion lead={lead} />
          <DueRituals due={ritualsDue(rituals, now, settings.value)} people={people.value} />
          <Intention settings={settings.value} now={now} helloMadeToday={helloMadeToday} />
        </>
      )}
      <ConnectedLog people={people.value} />
      <QuietControls settings={settings.value} now={now} />
      <LookingBackLater dayStartsAtMinutes={dayStartsAtMinutes} now={now} />
      <PopupFooter />
    </main>
  );
}

const loadLookingBack = () => import('./LookingBack');

/** Small wins and the history, whose code and reading start once the first view is on screen. */
function LookingBackLater(props: { dayStartsAtMinutes: number; now: number }) {
  const part = useModule(loadLookingBack);
  if (part.status === 'error') return <ErrorNotice message="partDidNotLoad" />;
  return part.status === 'ready' ? <part.value.LookingBack {...props} /> : null;
}

/** The way to the settings and to support, whatever else the popup can show: storage failing is no time to lose it. */
function PopupFooter() {
  return (
    <footer class="popup__footer">
      <OpenSettings label="yourPeople" />
      <SupportLink />
    </footer>
  );
}
