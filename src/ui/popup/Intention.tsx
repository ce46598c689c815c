import { useId, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { dayKey } from '../../core/time';
import { changeSettings } from './change-settings';
import { t, type MessageKey } from '../../i18n';
import { ErrorNotice } from '../components/ErrorNotice';
import { writeProblem } from '../components/save-problem';

/**
 * "I'll say hello to one person today": one tap, shown gently for the day. Kept, it is
 * noticed warmly (and the cards rest: one small thing was enough). Not kept, nothing
 * happens at all; the next day starts fresh.
 */
export function Intention({ settings, now, helloMadeToday }: { settings: Settings; now: number; helloMadeToday: boolean }) {
  const [error, setError] = useState<MessageKey>();
  const lineId = useId();
  const today = dayKey(now, settings.dayStartsAtMinutes);
  const set = settings.intentionDay === today;

  const save = async (intentionDay: string) => {
    setError(undefined);
    try {
      const result = await changeSettings({ intentionDay });
      if (!result.ok) throw new Error(result.field);
    } catch (cause) {
      console.error('Small Hellos could not keep the intention:', cause);
      setError(writeProblem(cause));
    }
  };

  return (
    <div class="intention stack">
      <p id={lineId} role="status" class={set ? 'intention__line' : 'status'}>
        {set ? t(helloMadeToday ? 'intentionKept' : 'intentionSet') : ''}
      </p>
      {!set && (
        <div class="row">
          <button type="button" class="button" onClick={() => void save(today)}>
            {t('intentionButton')}
          </button>
        </div>
      )}
      {set && !helloMadeToday && (
        <div class="row">
          <button type="button" class="button button--quiet button--small" onClick={() => void save('')}>
            {t('intentionLetGo')}
          </button>
        </div>
      )}
      <ErrorNotice message={error} />
    </div>
  );
}
