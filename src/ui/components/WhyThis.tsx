import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { Disclosure } from './Disclosure';

/**
 * "Why this?": the kind reason a person was suggested, shown only when asked for, so the
 * card stays one short line until then.
 */
export function WhyThis({ why }: { why: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Disclosure
      class="why"
      buttonClass="button button--quiet button--small"
      label={t('whyThis')}
      open={open}
      onToggle={() => setOpen(!open)}
      panel={(panelId) => (
        <p id={panelId} class="muted why__reason">
          {why}
        </p>
      )}
    />
  );
}
