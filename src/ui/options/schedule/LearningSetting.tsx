import { useId, useState } from 'preact/hooks';
import type { Settings } from '../../../core/settings';
import { forgetLearning } from '../../../db/learning';
import { t, type MessageKey } from '../../../i18n';
import { StatusLine } from '../../components/StatusLine';
import { writeProblem } from '../save-settings';
import { useAnnouncer } from '../use-announcer';

/**
 * Learning when cards are welcome (core/learning.ts): a switch, on by default, and a way to
 * forget what was learned. Off, cards come as they always did; what was learned stays
 * until forgotten, and nothing of it leaves the device.
 */
export function LearningSetting({ settings, save }: { settings: Settings; save: (changes: Partial<Settings>) => Promise<boolean> }) {
  const ids = { learning: useId(), hint: useId() };
  const [status, announce] = useAnnouncer();
  const [error, setError] = useState<MessageKey>();
  const forget = async () => {
    setError(undefined);
    try {
      await forgetLearning(Date.now());
      announce(t('learningForgotten'));
    } catch (cause) {
      console.error('Small Hellos could not forget what was learned:', cause);
      setError(writeProblem(cause));
    }
  };
  return (
    <fieldset class="settings-group" aria-describedby={ids.hint}>
      <legend>{t('learningHeading')}</legend>
      <label class="switch" for={ids.learning}>
        <input
          id={ids.learning}
          type="checkbox"
          role="switch"
          checked={settings.learningOn}
          onChange={(e) => void save({ learningOn: e.currentTarget.checked })}
        />
        {t('learningSwitch')}
      </label>
      <p id={ids.hint} class="muted">
        {t('learningHint')}
      </p>
      <div>
        <button type="button" class="button" onClick={() => void forget()}>
          {t('learningForget')}
        </button>
      </div>
      <StatusLine status={status} error={error} />
    </fieldset>
  );
}
