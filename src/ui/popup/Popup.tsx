import { expectationInsight } from '../../core/expectations';
import { whatHappened } from '../../core/happened';
import { feelingsOf, HEAVY_IN_A_ROW, heavyState } from '../../core/heavy';
import { madeAHelloToday } from '../../core/hellos';
import { ritualsDue } from '../../core/rituals';
import { quietState } from '../../core/settings';
import { dayKey } from '../../core/time';
import { hellosThisWeek, weeksOfWins, winsOf } from '../../core/small-wins';
import { COMPANION_RECENT, readCompanion } from '../../db/companion';
import { listPeople } from '../../db/people';
import { getSettings } from '../../db/settings';
import { t } from '../../i18n';
import { ErrorNotice } from '../components/ErrorNotice';
import { OpenSettings } from '../components/OpenSettings';
import { SupportLink } from '../components/SupportLink';
import { useLiveQuery } from '../use-live-query';
import { useNow } from '../use-now';
import { firstDayOfWeek } from '../week-start';
import { ConnectedLog } from './ConnectedLog';
import { DueRituals } from './DueRituals';
import { History } from './History';
import { Intention } from './Intention';
import { QuietControls } from './QuietControls';
import { SmallWins } from './SmallWins';
import { SupportFirst } from './SupportFirst';
import { TodaySuggestion, type PopupLead } from './TodaySuggestion';

/** How many entries the history shows. */
export const HISTORY_LENGTH = COMPANION_RECENT;

/**
 * The toolbar popup: today's one idea, or what the day is for instead (rest after Low
 * energy today or a hello that felt heavier, the intention kept; after heavy hellos,
 * support first), rituals due, a way to log a hello made elsewhere, quiet times, small
 * wins and what happened before.
 */
export function Popup() {
  const settings = useLiveQuery(getSettings);
  const people = useLiveQuery(() => listPeople());
  const companion = useLiveQuery(readCompanion);
  // Renders again when a quiet time ends, and every minute; each render reads the clock
  // afresh, so a hello just kept is never newer than "now".
  useNow(settings.status === 'ready' ? Math.max(settings.value.mutedUntil, settings.value.snoozedUntil) : 0);
  const now = Date.now();
  const week = firstDayOfWeek();

  const derived = (() => {
    if (settings.status !== 'ready' || companion.status !== 'ready') return undefined;
    const { dayStartsAtMinutes } = settings.value;
    const { sent, hellos, rituals } = companion.value;
    const feelings = feelingsOf(sent);
    const wins = winsOf(sent, hellos);
    const heavy = heavyState({ feelings: feelings.slice(0, HEAVY_IN_A_ROW), now, dayStartsAtMinutes, ideasAnywayAt: settings.value.ideasAnywayAt });
    const helloMadeToday = madeAHelloToday(sent, hellos, now, dayStartsAtMinutes);
    const intentionMet = helloMadeToday && settings.value.intentionDay === dayKey(now, dayStartsAtMinutes);
    const lead: PopupLead =
      heavy === 'rest-offered' ? 'rest-after-heavier' : quietState(settings.value, now).kind === 'resting' ? 'resting' : intentionMet ? 'intention-met' : 'idea';
    return {
      heavy,
      lead,
      helloMadeToday,
      due: ritualsDue(rituals, now, settings.value),
      thisWeek: hellosThisWeek(wins, now, dayStartsAtMinutes, week),
      weeks: weeksOfWins(wins, now, dayStartsAtMinutes, week),
      insight: expectationInsight(sent),
      happened: whatHappened(sent, hellos, HISTORY_LENGTH),
    };
  })();

  const states = [settings, people, companion];
  if (states.some((state) => state.status === 'error')) {
    return (
      <main class="popup stack">
        <h1>{t('extName')}</h1>
        <ErrorNotice message="storageUnavailable" />
        <PopupFooter />
      </main>
    );
  }
  if (settings.status !== 'ready' || people.status !== 'ready' || companion.status !== 'ready' || !derived) {
    return (
      <main class="popup stack" aria-busy="true">
        <h1>{t('extName')}</h1>
        <p class="muted">{t('loading')}</p>
        <PopupFooter />
      </main>
    );
  }

  return (
    <main class="popup stack">
      <h1>{t('extName')}</h1>
      {derived.heavy === 'support-first' ? (
        <SupportFirst settings={settings.value} />
      ) : (
        <>
          <TodaySuggestion lead={derived.lead} />
          <DueRituals due={derived.due} people={people.value} />
          <Intention settings={settings.value} now={now} helloMadeToday={derived.helloMadeToday} />
        </>
      )}
      <ConnectedLog people={people.value} />
      <QuietControls settings={settings.value} now={now} />
      <SmallWins thisWeek={derived.thisWeek} weeks={derived.weeks} insight={derived.insight} />
      <History happened={derived.happened} />
      <PopupFooter />
    </main>
  );
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
