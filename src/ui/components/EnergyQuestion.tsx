import { useId } from 'preact/hooks';
import type { EnergyAnswer } from '../../core/settings';
import { t, type MessageKey } from '../../i18n';
import { ActionButton } from './ActionButton';

const ANSWERS: readonly { level: EnergyAnswer['level']; label: MessageKey }[] = [
  { level: 'low', label: 'energyLow' },
  { level: 'okay', label: 'energyOkay' },
  { level: 'good', label: 'energyGood' },
];

/**
 * "How is your energy today?": one tap, once a day, on the first card or popup. Skipping
 * costs nothing and counts as a low-to-okay day, so ideas stay small.
 */
export function EnergyQuestion({ onAnswer }: { onAnswer(level: EnergyAnswer['level']): void }) {
  const questionId = useId();
  const hintId = useId();
  return (
    <div class="energy stack" role="group" aria-labelledby={questionId} aria-describedby={hintId}>
      <p id={questionId} class="question">
        {t('energyQuestion')}
      </p>
      <div class="row">
        {ANSWERS.map(({ level, label }) => (
          <ActionButton key={level} class="button" onClick={() => onAnswer(level)}>
            {t(label)}
          </ActionButton>
        ))}
        <ActionButton class="button button--quiet" onClick={() => onAnswer('skipped')}>
          {t('energySkip')}
        </ActionButton>
      </div>
      <p id={hintId} class="muted">
        {t('energyHint')}
      </p>
    </div>
  );
}
