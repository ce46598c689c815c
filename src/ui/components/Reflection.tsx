import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Awkwardness } from '../../core/expectations';
import { FEELINGS, MAX_REFLECTION_LENGTH, type Feeling } from '../../core/nudge';
import { t, type MessageKey } from '../../i18n';
import { ActionButton } from './ActionButton';
import { AwkwardScale } from './AwkwardScale';

const FEELING_LABELS: Record<Feeling, MessageKey> = {
  lighter: 'feelingLighter',
  same: 'feelingSame',
  heavier: 'feelingHeavier',
};

/** What the person told: a feeling (with an optional line), how awkward it actually felt, or both. */
export type ReflectionChoice = { feeling?: Feeling; note: string; actual?: Awkwardness } | undefined;

/**
 * "How do you feel now?": one optional tap and one optional line, and, when the person said
 * beforehand how awkward they expected it to be, "How did it actually feel?". It appears
 * only after the person pressed "I sent it", so taking focus here follows their own action.
 */
export function Reflection({ onFinish, askActual = false }: { onFinish(choice: ReflectionChoice): void; askActual?: boolean }) {
  const [feeling, setFeeling] = useState<Feeling>();
  const [actual, setActual] = useState<Awkwardness>();
  const [note, setNote] = useState('');
  const [needsFeeling, setNeedsFeeling] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const questionId = useId();
  const noteId = useId();
  const hintId = useId();

  useEffect(() => question.current?.focus(), []);

  const done = () => {
    // A line without a feeling cannot be kept, so say so rather than drop it quietly.
    if (!feeling && note.trim()) setNeedsFeeling(true);
    else if (feeling || actual) onFinish({ ...(feeling ? { feeling } : {}), note: feeling ? note : '', ...(actual ? { actual } : {}) });
    else onFinish(undefined);
  };

  return (
    <div class="stack">
      <p id={questionId} ref={question} tabIndex={-1} class="question">
        {t('howDoYouFeel')}
      </p>
      <div role="group" aria-labelledby={questionId} class="row">
        {FEELINGS.map((option) => (
          <ActionButton
            key={option}
            class="button"
            aria-pressed={feeling === option}
            onClick={() => {
              setFeeling(feeling === option ? undefined : option);
              setNeedsFeeling(false);
            }}
          >
            {t(FEELING_LABELS[option])}
          </ActionButton>
        ))}
      </div>
      {askActual && <AwkwardScale question="awkwardActualQuestion" value={actual} onChoose={setActual} />}
      <div class="field">
        <label for={noteId}>{t('whatFeltGenuine')}</label>
        <input
          id={noteId}
          type="text"
          maxLength={MAX_REFLECTION_LENGTH}
          value={note}
          aria-describedby={hintId}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
        <span id={hintId} class="muted">
          {t('whatFeltGenuineHint')}
        </span>
      </div>
      <p role="status" class={needsFeeling ? 'notice' : 'status'}>
        {needsFeeling ? t('chooseFeelingToKeepNote') : ''}
      </p>
      <div class="row">
        <ActionButton class="button button--primary" onClick={done}>
          {t('done')}
        </ActionButton>
        <button type="button" class="button button--quiet" onClick={() => onFinish(undefined)}>
          {t('skip')}
        </button>
      </div>
    </div>
  );
}
