import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { t, type MessageKey } from '../../i18n';
import { CrisisLines } from '../components/CrisisLines';
import { ErrorNotice } from '../components/ErrorNotice';
import { SupportLink } from '../components/SupportLink';
import { askForIdeasAnyway } from './ideas-anyway';

/**
 * After several hellos in a row felt heavier: support leads, in place of a suggestion, and
 * the cards rest for the day. The person can still ask for small ideas; that is theirs to
 * decide, and it costs nothing.
 */
export function SupportFirst({ settings }: { settings: Settings }) {
  const [error, setError] = useState<MessageKey>();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // This view replaces the idea the person was just reflecting on: keep their place in it.
  useEffect(() => {
    if (document.activeElement === document.body) heading.current?.focus();
  }, []);

  const ideasAnyway = async () => {
    setError(undefined);
    setError(await askForIdeasAnyway(Date.now()));
  };

  return (
    <section class="support-first suggestion stack" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('supportFirstHeading')}
      </h2>
      <p>{t('supportFirstLine')}</p>
      <p>{t('supportFirstHelp')}</p>
      <CrisisLines settings={settings} />
      <SupportLink label="supportFirstMore" />
      <p class="muted">{t('supportFirstCardsRest')}</p>
      <button type="button" class="button button--quiet button--link" onClick={() => void ideasAnyway()}>
        {t('supportFirstIdeasAnyway')}
      </button>
      <ErrorNotice message={error} />
    </section>
  );
}
