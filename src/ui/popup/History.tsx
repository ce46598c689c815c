import { useId } from 'preact/hooks';
import { isSiteId, siteById } from '../../core/moments';
import type { Feeling, Nudge, NudgeStatus } from '../../core/nudge';
import { t, type MessageKey } from '../../i18n';
import { formatDateTime } from '../format-time';

const OUTCOMES: Record<NudgeStatus, MessageKey> = {
  shown: 'statusShown',
  writing: 'statusWriting',
  sent: 'statusSent',
  dismissed: 'statusDismissed',
  snoozed: 'statusSnoozed',
  muted: 'statusMuted',
};

const FEELINGS: Record<Feeling, MessageKey> = {
  lighter: 'feltLighter',
  same: 'feltSame',
  heavier: 'feltHeavier',
};

/** What was suggested and what happened, newest first. No tallies, no gaps. */
export function History({ nudges }: { nudges: readonly Nudge[] }) {
  const headingId = useId();
  return (
    <section class="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history')}</h2>
      {nudges.length === 0 ? (
        <p class="muted">{t('historyEmpty')}</p>
      ) : (
        <ul class="history" aria-labelledby={headingId}>
          {nudges.map((nudge) => (
            <HistoryItem key={nudge.id} nudge={nudge} />
          ))}
        </ul>
      )}
    </section>
  );
}

function HistoryItem({ nudge }: { nudge: Nudge }) {
  const where = nudge.site && isSiteId(nudge.site) ? siteById(nudge.site).name : t('originPopup');
  return (
    <li class="history__item">
      <p>{nudge.suggestion.prompt}</p>
      <p class="muted">{t('historyWhereWhen', [where, formatDateTime(nudge.shownAt)])}</p>
      <p class="history__outcome">
        <span>{t(OUTCOMES[nudge.status])}</span>
        {nudge.feeling && <span>{t(FEELINGS[nudge.feeling])}</span>}
      </p>
      {nudge.status === 'sent' && nudge.finalText && <blockquote class="history__note">{nudge.finalText}</blockquote>}
      {nudge.genuineNote && <p class="muted">{t('feltGenuine', nudge.genuineNote)}</p>}
    </li>
  );
}
