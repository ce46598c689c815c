import { useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { changeSettings } from '../../db/settings';
import { isQuotaError } from '../../db/storage-errors';
import { t, type MessageKey } from '../../i18n';
import { useAnnouncer } from './use-announcer';

/** The plain words for a write that failed: no room left is said as such, nothing else is guessed at. */
export function writeProblem(error: unknown): MessageKey {
  return isQuotaError(error) ? 'storageFull' : 'errorSaveFailed';
}

/**
 * Saving settings from the options page: each change is checked (valibot) and written at
 * once, and the background reads it on the next moment. Says "Saved." or what went wrong.
 */
export function useSaveSettings(): {
  save: (changes: Partial<Settings>) => Promise<boolean>;
  status: string;
  error: MessageKey | undefined;
} {
  const [status, announce] = useAnnouncer();
  const [error, setError] = useState<MessageKey>();
  const save = async (changes: Partial<Settings>): Promise<boolean> => {
    setError(undefined);
    try {
      const result = await changeSettings(changes);
      if (!result.ok) {
        console.error('Small Hellos refused a setting:', result.field);
        setError('settingInvalid');
        return false;
      }
      announce(t('settingsSaved'));
      return true;
    } catch (cause) {
      console.error('Small Hellos could not save a setting:', cause);
      setError(writeProblem(cause));
      return false;
    }
  };
  return { save, status, error };
}
