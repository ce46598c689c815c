import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n';

/**
 * "Why this?": the kind reason a person was suggested, shown only when asked for, so the
 * card stays one short line until then.
 */
export function WhyThis({ why }: { why: string }) {
  const [open, setOpen] = useState(false);
  const reasonId = useId();
  return (
    <div class="why">
      <button
        type="button"
        class="button button--quiet button--small"
        aria-expanded={open}
        aria-controls={open ? reasonId : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('whyThis')}
      </button>
      {open && (
        <p id={reasonId} class="muted why__reason">
          {why}
        </p>
      )}
    </div>
  );
}
