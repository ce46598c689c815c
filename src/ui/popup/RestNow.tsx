import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n';
import { ErrorNotice } from '../components/ErrorNotice';
import { SupportLink } from '../components/SupportLink';
import { askForIdeasAnyway } from './ideas-anyway';

/**
 * In place of today's idea, after a hello that felt heavier: resting is fine, support is
 * one tap away, and an idea comes only if the person asks for one.
 */
export function RestNow() {
  const [error, setError] = useState<MessageKey>();
  const ideaAnyway = async () => {
    setError(undefined);
    setError(await askForIdeasAnyway(Date.now()));
  };
  return (
    <div class="stack">
      <p>{t('restNowLine')}</p>
      <SupportLink />
      <button type="button" class="button button--quiet button--link" onClick={() => void ideaAnyway()}>
        {t('restNowIdeaAnyway')}
      </button>
      <ErrorNotice message={error} />
    </div>
  );
}
