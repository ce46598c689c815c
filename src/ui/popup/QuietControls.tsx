import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { quietState, type QuietChange, type Settings } from '../../core/settings';
import { t, type MessageKey } from '../../i18n';
import { sendRequest } from '../../messaging';
import { ErrorNotice } from '../components/ErrorNotice';
import { pausedUntilText } from '../format-time';
import { writeProblem } from '../components/save-problem';

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

  // The background writes the change, so that the toolbar title and any card already open
  // in a tab follow at once; the popup shows the stored state as it changes.
  const run = (change: QuietChange) => async () => {
    setError(undefined);
    moveFocus.current = true;
    const reply = await sendRequest({ type: 'quiet', change });
    if (reply.ok) return;
    moveFocus.current = false;
    console.error('Small Hellos could not change quiet times:', reply.error);
    setError(writeProblem(reply.error));
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
          <button type="button" class="button button--primary" onClick={run('unmute')}>
            {muted ? t('unmute') : t('resume')}
          </button>
        )}
        {!muted && (
          <button type="button" class="button" onClick={run('low-energy')}>
            {t('lowEnergyToday')}
          </button>
        )}
        {!muted && !snoozed && (
          <>
            <button type="button" class="button" onClick={run('snooze-hour')}>
              {t('snoozeOneHour')}
            </button>
            <button type="button" class="button" onClick={run('snooze-tomorrow')}>
              {t('snoozeUntilTomorrow')}
            </button>
            <button type="button" class="button" onClick={run('snooze-week')}>
              {t('snoozeOneWeek')}
            </button>
          </>
        )}
      </div>
      <p class="muted">{t('quietTimesHint')}</p>
      <ErrorNotice message={error} />
    </section>
  );
}
