import { useId } from 'preact/hooks';
import { AWKWARDNESS, type Awkwardness } from '../../core/expectations';
import { t, type MessageKey } from '../../i18n';
import { formatNumber } from '../format-number';
import { ActionButton } from './ActionButton';

/** What each step of the scale means, said in full to a screen reader. */
const LEVEL_NAMES: Record<Awkwardness, MessageKey> = {
  1: 'awkwardLevel1',
  2: 'awkwardLevel2',
  3: 'awkwardLevel3',
  4: 'awkwardLevel4',
  5: 'awkwardLevel5',
};

/**
 * One optional tap from 1 (not at all awkward) to 5 (very): asked while writing ("How
 * awkward do you expect this to feel?") and after sending ("How did it actually feel?").
 */
export function AwkwardScale({ question, value, onChoose }: { question: MessageKey; value: Awkwardness | undefined; onChoose(level: Awkwardness): void }) {
  const questionId = useId();
  const hintId = useId();
  return (
    <div class="awkward stack" role="group" aria-labelledby={questionId} aria-describedby={hintId}>
      <p id={questionId} class="question">
        {t(question)}
      </p>
      <div class="row awkward__levels">
        {AWKWARDNESS.map((level) => (
          <ActionButton
            key={level}
            class="button button--small"
            aria-pressed={value === level}
            aria-label={t(LEVEL_NAMES[level])}
            onClick={() => onChoose(level)}
          >
            {formatNumber(level)}
          </ActionButton>
        ))}
      </div>
      <p id={hintId} class="muted">
        {t('awkwardScaleHint')}
      </p>
    </div>
  );
}
