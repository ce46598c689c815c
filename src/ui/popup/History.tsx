import { useId } from 'preact/hooks';
import type { Happened } from '../../core/happened';
import type { Hello } from '../../core/hellos';
import { siteById } from '../../core/moments';
import type { Feeling, Nudge } from '../../core/nudge';
import { isOfflineIdea } from '../../core/templates';
import { t, type MessageKey } from '../../i18n';
import { formatDateTime } from '../format-time';

const FEELINGS: Record<Feeling, MessageKey> = {
  lighter: 'feltLighter',
  same: 'feltSame',
  heavier: 'feltHeavier',
};

/** What happened, newest first: notes sent, hellos made, feelings noted. Nothing skipped is listed, and nothing is tallied. */
export function History({ happened }: { happened: readonly Happened[] }) {
  const headingId = useId();
  return (
    <section class="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history')}</h2>
      {happened.length === 0 ? <p class="muted history-empty">{t('historyEmpty')}</p> : <HistoryList entries={happened} labelledBy={headingId} />}
    </section>
  );
}

/** The entries of the history as a list, named by the heading `labelledBy`: here the latest, on the settings page all of it. */
export function HistoryList({ entries, labelledBy }: { entries: readonly Happened[]; labelledBy: string }) {
  return (
    <ul class="history" aria-labelledby={labelledBy}>
      {entries.map((entry) =>
        entry.kind === 'note' ? (
          <NoteItem key={`note:${entry.nudge.id}`} nudge={entry.nudge} />
        ) : (
          <HelloItem key={`hello:${entry.hello.id}`} hello={entry.hello} />
        ),
      )}
    </ul>
  );
}

function NoteItem({ nudge }: { nudge: Nudge }) {
  // A site the person added is named by its host (siteById knows both kinds).
  const where = nudge.site ? siteById(nudge.site).name : t('originPopup');
  return (
    <li class="history__item">
      <p>{nudge.suggestion.prompt}</p>
      <p class="muted">{t('historyWhereWhen', [where, formatDateTime(nudge.sentAt ?? nudge.updatedAt)])}</p>
      <p class="history__outcome">
        <span>{t(isOfflineIdea(nudge.suggestion.templateId) ? 'historyDone' : 'statusSent')}</span>
        {nudge.feeling && <span>{t(FEELINGS[nudge.feeling])}</span>}
      </p>
      {nudge.finalText && <blockquote class="history__note">{nudge.finalText}</blockquote>}
      {nudge.genuineNote && <p class="muted">{t('feltGenuine', nudge.genuineNote)}</p>}
    </li>
  );
}

function HelloItem({ hello }: { hello: Hello }) {
  const what = hello.line ?? (hello.personName ? t('historyHelloWith', hello.personName) : t('historyHello'));
  return (
    <li class="history__item">
      <p>{what}</p>
      <p class="muted">{formatDateTime(hello.at)}</p>
      <p class="history__outcome">
        <span>{t(hello.ritualId !== undefined ? 'historyRitualDone' : 'historyHelloMade')}</span>
        {hello.line && hello.personName && <span>{t('historyHelloWith', hello.personName)}</span>}
      </p>
    </li>
  );
}
