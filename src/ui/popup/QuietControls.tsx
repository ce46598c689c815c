import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { quietState, type Settings } from '../../core/settings';
import { nextDayStart } from '../../core/time';
import { muteToday, snoozeUntil, unmute } from '../../db/settings';
import { t, type MessageKey } from '../../i18n';
import { sendRequest } from '../../messaging';
import { ErrorNotice } from '../components/ErrorNotice';
import { pausedUntilText } from '../format-time';

const HOUR = 60 * 60 * 1000;

/** Low energy today, snoozes, and the way back. These quiet only the cards on websites. */
export function QuietControls({ settings, now }: { settings: Settings; now: number }) {
  const [error, setError] = useState<MessageKey>();
  const headingId = useId();
  const statusLine = useRef<HTMLParagraphElement>(null);
  const moveFocus = useRef(false);
  const quiet = quietState(settings, now);
  const muted = quiet.kind === 'resting';
  const snoozed = quiet.kind === 'paused';

  // The button just pressed is gone once the change is saved; the line that explains the
  // new state takes focus instead, so the keyboard does not fall back to the page top.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    statusLine.current?.focus();
  }, [muted, snoozed]);

  const run = (change: () => Promise<unknown>) => async () => {
    setError(undefined);
    try {
      moveFocus.current = true;
      await change();
      // The toolbar title follows the quiet times. A failure comes back as a value and
      // changes nothing here: the quiet time itself is saved.
      void sendRequest({ type: 'quiet-changed' });
    } catch (cause) {
      moveFocus.current = false;
      console.error('Small Hellos could not change quiet times:', cause);
      setError('errorSaveFailed');
    }
  };

  const state = quiet.kind === 'resting' ? t('restingToday') : quiet.kind === 'paused' ? pausedUntilText(quiet.until, now) : '';
  return (
    <section class="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('quietTimes')}</h2>
      <p ref={statusLine} tabIndex={-1} role="status" class="status">
        {state}
      </p>
      <div class="row">
        {(muted || snoozed) && (
          <button type="button" class="button button--primary" onClick={run(unmute)}>
            {muted ? t('unmute') : t('resume')}
          </button>
        )}
        {!muted && (
          <button type="button" class="button" onClick={run(() => muteToday(Date.now()))}>
            {t('lowEnergyToday')}
          </button>
        )}
        {!muted && !snoozed && (
          <>
            <button type="button" class="button" onClick={run(() => snoozeUntil(Date.now() + HOUR))}>
              {t('snoozeOneHour')}
            </button>
            <button
              type="button"
              class="button"
              onClick={run(() => snoozeUntil(nextDayStart(Date.now(), settings.dayStartsAtMinutes)))}
            >
              {t('snoozeUntilTomorrow')}
            </button>
          </>
        )}
      </div>
      <p class="muted">{t('quietTimesHint')}</p>
      <ErrorNotice message={error} />
    </section>
  );
}
