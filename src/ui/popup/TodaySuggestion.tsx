import { useId, useMemo, useState } from 'preact/hooks';
import { newNudge, type Nudge, type Suggestion } from '../../core/nudge';
import { seededRandom } from '../../core/random';
import type { Person } from '../../core/people';
import type { Settings } from '../../core/settings';
import { suggest } from '../../core/suggest';
import { dayKey } from '../../core/time';
import { addNudge } from '../../db/nudges';
import { t, translate, type MessageKey } from '../../i18n';
import { ErrorNotice } from '../components/ErrorNotice';
import type { FlowActions } from '../components/flow-actions';
import { WriteFlow } from '../components/WriteFlow';
import { saveStep } from './save-step';

interface TodaySuggestionProps {
  settings: Settings;
  history: readonly Nudge[];
  people: readonly Person[];
  now: number;
}

/**
 * Today's one idea. The choice is seeded by the day, so it stays the same each time the
 * popup opens, until the history around it changes.
 */
export function TodaySuggestion({ settings, history, people, now }: TodaySuggestionProps) {
  const [writing, setWriting] = useState<{ id: number; suggestion: Suggestion }>();
  const [error, setError] = useState<MessageKey>();
  const headingId = useId();
  const day = dayKey(now, settings.dayStartsAtMinutes);
  const suggestion = useMemo(
    () => suggest({ history, people, now, random: seededRandom(day), translate }),
    // `now` only matters at the scale of days, which `day` already follows.
    [history, people, day],
  );

  const writeIt = async () => {
    setError(undefined);
    try {
      const nudge = newNudge({ origin: 'popup', suggestion, status: 'writing' }, Date.now(), settings.dayStartsAtMinutes);
      setWriting({ id: await addNudge(nudge), suggestion });
    } catch (cause) {
      console.error('Small Hellos could not start a note:', cause);
      setError('errorSaveFailed');
    }
  };

  const notNow = async (id: number) => {
    setError(undefined);
    const outcome = await saveStep(id, { kind: 'dismiss' });
    if (outcome.ok) setWriting(undefined);
    else setError('errorSaveFailed');
  };

  const shown = writing?.suggestion ?? suggestion;
  return (
    <section class="suggestion stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('todaysHello')}</h2>
      <p class="suggestion__prompt">{shown.prompt}</p>
      {!writing && shown.why && <p class="muted">{shown.why}</p>}
      {writing ? (
        <WriteFlow
          suggestion={writing.suggestion}
          actions={actionsFor(writing.id, () => setWriting(undefined))}
          takeFocus
          onNotNow={() => void notNow(writing.id)}
        />
      ) : (
        <div class="row">
          <button type="button" class="button button--primary" onClick={() => void writeIt()}>
            {t('writeIt')}
          </button>
        </div>
      )}
      <ErrorNotice message={error} />
    </section>
  );
}

function actionsFor(id: number, close: () => void): FlowActions {
  return { step: (step) => saveStep(id, step), close };
}
