import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { sendRequest } from '../../../messaging';
import { ErrorNotice } from '../../components/ErrorNotice';

/** The welcome shown on install, to read again at any time. */
export function WelcomeAgain() {
  const [error, setError] = useState<MessageKey>();
  const open = async () => {
    setError(undefined);
    const reply = await sendRequest({ type: 'open-page', page: 'welcome' });
    if (!reply.ok) setError('errorOpenWelcome');
  };
  return (
    <div class="stack">
      <button type="button" class="button button--quiet button--link" onClick={() => void open()}>
        {t('welcomeAgain')}
      </button>
      <ErrorNotice message={error} />
    </div>
  );
}
