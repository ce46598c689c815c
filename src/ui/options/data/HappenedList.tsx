import { useEffect, useId, useState } from 'preact/hooks';
import type { Happened } from '../../../core/happened';
import { FIRST_PAGE, happenedPage, type HappenedCursor } from '../../../db/history';
import { t, type MessageKey } from '../../../i18n';
import { ErrorNotice } from '../../components/ErrorNotice';
import { HistoryList } from '../../popup/History';

/** How many entries one page shows. */
export const PAGE_SIZE = 50;

/**
 * Everything that happened, newest first, a page at a time: the popup shows the latest,
 * and here the whole history can be read, however long, without reading it all at once.
 */
export function HappenedList() {
  const [entries, setEntries] = useState<Happened[]>([]);
  const [next, setNext] = useState<HappenedCursor | undefined>(FIRST_PAGE);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<MessageKey>();
  const headingId = useId();

  const load = async (cursor: HappenedCursor) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await happenedPage(cursor, PAGE_SIZE);
      setEntries((shown) => [...shown, ...page.entries]);
      setNext(page.next);
    } catch (cause) {
      console.error('Small Hellos could not read the history:', cause);
      setError('storageUnavailable');
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load(FIRST_PAGE);
  }, []);

  return (
    <section class="stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('happenedHeading')}</h3>
      {entries.length === 0 && !loading && !error && <p class="muted">{t('historyEmpty')}</p>}
      {entries.length > 0 && <HistoryList entries={entries} labelledBy={headingId} />}
      {next && entries.length > 0 && (
        <div class="row">
          <button type="button" class="button" aria-disabled={loading} onClick={() => !loading && void load(next)}>
            {t('happenedEarlier')}
          </button>
        </div>
      )}
      <ErrorNotice message={error} />
    </section>
  );
}
