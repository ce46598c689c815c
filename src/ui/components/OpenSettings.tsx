import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n';
import { openSettingsPage } from '../../open-options';
import { ErrorNotice } from './ErrorNotice';

/**
 * A quiet way to the settings page, where people are added: under an idea meant for no one
 * in particular, and at the foot of the popup. An invitation, never a task.
 */
export function OpenSettings({ label }: { label: MessageKey }) {
  const [error, setError] = useState<MessageKey>();
  const open = async () => {
    setError(undefined);
    try {
      await openSettingsPage();
    } catch (cause) {
      console.error('Small Hellos could not open its settings:', cause);
      setError('errorOpenSettings');
    }
  };
  return (
    <>
      <button type="button" class="button button--quiet button--link" onClick={() => void open()}>
        {t(label)}
      </button>
      <ErrorNotice message={error} />
    </>
  );
}
