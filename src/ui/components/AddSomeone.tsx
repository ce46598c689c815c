import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, type MessageKey } from '../../i18n';
import { ErrorNotice } from './ErrorNotice';

/**
 * Under an idea meant for no one in particular: a quiet way to the settings where people
 * are added. An invitation, never a task.
 */
export function AddSomeone() {
  const [error, setError] = useState<MessageKey>();
  const open = async () => {
    setError(undefined);
    try {
      await browser.runtime.openOptionsPage();
    } catch (cause) {
      console.error('Small Hellos could not open its settings:', cause);
      setError('errorOpenSettings');
    }
  };
  return (
    <>
      <button type="button" class="button button--quiet button--link" onClick={() => void open()}>
        {t('addSomeoneToStayClose')}
      </button>
      <ErrorNotice message={error} />
    </>
  );
}
