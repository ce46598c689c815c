import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n';
import { sendRequest } from '../../messaging';
import { ActionButton } from './ActionButton';
import { ErrorNotice } from './ErrorNotice';

/**
 * "Need more support?": the calm way to the support note and crisis lines, from the popup,
 * the card and the welcome. The background opens it, because a card framed in a web page
 * cannot open a tab of the extension in every browser.
 */
export function SupportLink({ label = 'needMoreSupport' }: { label?: MessageKey }) {
  const [error, setError] = useState<MessageKey>();
  const open = async () => {
    setError(undefined);
    const reply = await sendRequest({ type: 'open-page', page: 'support' });
    if (reply.ok) return;
    console.error('Small Hellos could not open its support page:', reply.error);
    setError('errorOpenSupport');
  };
  return (
    <>
      <ActionButton class="button button--quiet button--link" onClick={() => void open()}>
        {t(label)}
      </ActionButton>
      <ErrorNotice message={error} />
    </>
  );
}
