import type { MessageKey } from '../../i18n';
import { t } from '../../i18n';

/** A plain-words problem, announced at once by screen readers. */
export function ErrorNotice({ message }: { message: MessageKey | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" class="notice">
      {t(message)}
    </p>
  );
}
