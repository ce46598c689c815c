import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { changeSettings } from '../../db/settings-changes';
import { t, type MessageKey } from '../../i18n';
import { useAnnouncer } from './use-announcer';

import { writeProblem } from '../components/save-problem';

export { writeProblem };

/**
 * Saving settings from the options page: each change is checked (valibot) and written at
 * once, and the background reads it on the next moment. Says "Saved." or what went wrong.
 * `shown` is the settings as the page should show them: a change just made shows at once
 * (a switch does not flick back while it is written) and gives way to the stored settings
 * as soon as they change, or when the change is refused.
 */
export function useSaveSettings<Stored extends Settings | undefined = undefined>(
  stored?: Stored,
): {
  shown: Stored;
  save: (changes: Partial<Settings>) => Promise<boolean>;
  status: string;
  error: MessageKey | undefined;
} {
  const [status, announce] = useAnnouncer();
  const [error, setError] = useState<MessageKey>();
  const [pending, setPending] = useState<Partial<Settings>>({});
  useEffect(() => setPending({}), [stored]);
  const save = async (changes: Partial<Settings>): Promise<boolean> => {
    setError(undefined);
    setPending((earlier) => ({ ...earlier, ...changes }));
    try {
      const result = await changeSettings(changes);
      if (!result.ok) {
        console.error('Small Hellos refused a setting:', result.field);
        setPending({});
        setError(result.rule === 'same-hours' ? 'scheduleSameHours' : 'settingInvalid');
        return false;
      }
      announce(t('settingsSaved'));
      return true;
    } catch (cause) {
      console.error('Small Hellos could not save a setting:', cause);
      setPending({});
      setError(writeProblem(cause));
      return false;
    }
  };
  return { shown: (stored && { ...stored, ...pending }) as Stored, save, status, error };
}
