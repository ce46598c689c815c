import type { MessageKey } from '../../i18n';
import { ErrorNotice } from './ErrorNotice';

/**
 * What a step just did, said politely (the live region stays in place while empty, so it
 * is heard when it fills), and under it what went wrong, if anything, said at once.
 */
export function StatusLine({ status, error }: { status: string; error: MessageKey | undefined }) {
  return (
    <>
      <p role="status" class="status">
        {status}
      </p>
      <ErrorNotice message={error} />
    </>
  );
}
