import { useEffect, useId, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { sendRequest } from '../../../messaging';
import { hasNotifications, releaseNotifications, requestNotifications } from '../../../notifications-access';
import { ErrorNotice } from '../../components/ErrorNotice';

/**
 * A system notification when a ritual is due: off unless the person turns it on, and the
 * browser's permission is asked only then. Turning it off gives the permission back.
 */
export function NotificationSwitch() {
  const [on, setOn] = useState<boolean>();
  const [error, setError] = useState<MessageKey>();
  const ids = { input: useId(), hint: useId() };

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
    <div class="field">
      <label class="switch" for={ids.input}>
        <input
          id={ids.input}
          type="checkbox"
          role="switch"
          aria-describedby={ids.hint}
          checked={on === true}
          disabled={on === undefined}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        {t('ritualNotify')}
      </label>
      <p id={ids.hint} class="muted">
        {t('ritualNotifyHint')}
      </p>
      <ErrorNotice message={error} />
    </div>
  );
}
