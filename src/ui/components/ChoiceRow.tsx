import { t, type MessageKey } from '../../i18n';
import { ActionButton } from './ActionButton';

export interface Choice {
  readonly label: MessageKey;
  readonly onChoose: () => void;
  /** The one main step of a view; a quiet one reads as a link. */
  readonly look?: 'primary' | 'quiet';
  /** Under way (another idea being found): pressed again, it does nothing. */
  readonly busy?: boolean;
}

const LOOKS = { primary: 'button button--primary', quiet: 'button button--quiet', plain: 'button' } as const;

/**
 * The one row of choices every view of an idea uses: the idea, one away from the screen,
 * today's energy, a Low day. Each choice changes something, so each asks the card's gate.
 */
export function ChoiceRow({ choices }: { choices: readonly Choice[] }) {
  return (
    <div class="row">
      {choices.map(({ label, onChoose, look, busy }) => (
        <ActionButton key={label} class={LOOKS[look ?? 'plain']} {...(busy ? { 'aria-disabled': true } : {})} onClick={onChoose}>
          {t(label)}
        </ActionButton>
      ))}
    </div>
  );
}
