import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { sendRequest } from '../../../messaging';
import { hasNotifications, releaseNotifications, requestNotifications } from '../../../notifications-access';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SwitchField } from '../../components/SwitchField';

/**
 * A system notification when a ritual is due: off unless the person turns it on, and the
 * browser's permission is asked only then. Turning it off gives the permission back.
 */
export function NotificationSwitch() {
  const [on, setOn] = useState<boolean>();
  const [error, setError] = useState<MessageKey>();

  useEffect(() => {
    hasNotifications().then(setOn, () => setOn(false));
  }, []);

  const change = async (wanted: boolean) => {
    setError(undefined);
    try {
      // Asked first thing in the click: the browser allows the question only in answer to one.
      const granted = wanted ? await requestNotifications() : (await releaseNotifications(), false);
      setOn(granted);
      if (wanted && !granted) setError('ritualNotifyRefused');
      // A ritual already due today is told at once.
      if (granted) void sendRequest({ type: 'rituals-changed' });
    } catch (cause) {
      console.error('Small Hellos could not change notifications:', cause);
      setError('errorSaveFailed');
      setOn(await hasNotifications().catch(() => false));
    }
  };

  return (
    <SwitchField
      label={t('ritualNotify')}
      hint={t('ritualNotifyHint')}
      checked={on === true}
      disabled={on === undefined}
      onChange={(wanted) => void change(wanted)}
    >
      <ErrorNotice message={error} />
    </SwitchField>
  );
}
