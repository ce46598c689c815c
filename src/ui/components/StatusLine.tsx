import type { RefObject } from 'preact';
import type { MessageKey } from '../../i18n';
import { ErrorNotice } from './ErrorNotice';

/**
 * What a step just did, said politely (the live region stays in place while empty, so it
 * is heard when it fills), and under it what went wrong, if anything, said at once. With
 * `lineRef` the line can take the keyboard, for when the button just pressed is gone.
 */
export function StatusLine({ status, error, lineRef }: { status: string; error: MessageKey | undefined; lineRef?: RefObject<HTMLParagraphElement | null> }) {
  return (
    <>
      <p ref={lineRef} tabIndex={lineRef ? -1 : undefined} role="status" class="status">
        {status}
      </p>
      <ErrorNotice message={error} />
    </>
  );
}
