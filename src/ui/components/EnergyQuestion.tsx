import { useId } from 'preact/hooks';
import type { EnergyAnswer } from '../../core/energy';
import { t } from '../../i18n';
import { ChoiceRow } from './ChoiceRow';

/**
 * "How is your energy today?": asked on its own, before any idea, once a day, on the first
 * card or popup; one tap answers it. Not saying costs nothing and counts as a low-to-okay
 * day, so ideas stay small.
 */
export function EnergyQuestion({ onAnswer }: { onAnswer(level: EnergyAnswer['level']): void }) {
  const questionId = useId();
  const hintId = useId();
  return (
    <div class="energy stack" role="group" aria-labelledby={questionId} aria-describedby={hintId}>
      <p id={questionId} class="question" tabIndex={-1} data-flow-lead>
        {t('energyQuestion')}
      </p>
      <ChoiceRow
        choices={[
          { label: 'energyLow', onChoose: () => onAnswer('low') },
          { label: 'energyOkay', onChoose: () => onAnswer('okay') },
          { label: 'energyGood', onChoose: () => onAnswer('good') },
          { label: 'energySkip', onChoose: () => onAnswer('skipped'), look: 'quiet' },
        ]}
      />
      <p id={hintId} class="muted">
        {t('energyHint')}
      </p>
    </div>
  );
}
