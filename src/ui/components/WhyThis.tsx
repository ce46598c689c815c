import { t } from '../../i18n';
import { Disclosure } from './Disclosure';

/**
 * "Why this?": the kind reason a person was suggested, shown only when asked for, so the
 * card stays one short line until then.
 */
export function WhyThis({ why }: { why: string }) {
  return (
    <Disclosure
      class="why"
      buttonClass="button button--quiet button--small"
      label={t('whyThis')}
      panel={(panelId) => (
        <p id={panelId} class="muted why__reason">
          {why}
        </p>
      )}
    />
  );
}
