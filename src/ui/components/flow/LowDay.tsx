import type { LowDayChoice } from '../../../core/energy';
import { t } from '../../../i18n';
import { ChoiceRow, type Choice } from '../ChoiceRow';

/**
 * A Low answer, heard: thanks, and the person's choice of rest today or one tiny idea. The
 * choice made on the last Low day comes first; either is one tap.
 */
export function LowDay({ first = 'tiny', onChoose }: { first?: LowDayChoice | undefined; onChoose(choice: LowDayChoice): void }) {
  const rest: Choice = { label: 'lowDayRest', onChoose: () => onChoose('rest') };
  const tiny: Choice = { label: 'lowDayTiny', onChoose: () => onChoose('tiny') };
  const [lead, other] = first === 'rest' ? [rest, tiny] : [tiny, rest];
  return (
    <div class="stack">
      <p tabIndex={-1} data-flow-lead>
        {t('lowDayHeard')}
      </p>
      <ChoiceRow choices={[{ ...lead, look: 'primary' }, other]} />
    </div>
  );
}
