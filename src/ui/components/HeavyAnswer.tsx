import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';
import { SupportLink } from './SupportLink';

/**
 * The answer to "Heavier": thanks, permission to rest, and the way to support. Nothing new
 * is offered after it, and it stays until the person closes it: it never hurries away.
 */
export function HeavyAnswer() {
  const line = useRef<HTMLParagraphElement>(null);
  // The person just said how they feel, so the answer may take focus.
  useEffect(() => line.current?.focus(), []);
  return (
    <div class="heavy stack">
      <p ref={line} tabIndex={-1} role="status">
        {t('heavierAnswer')}
      </p>
      <SupportLink />
    </div>
  );
}
