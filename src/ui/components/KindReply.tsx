import { useId, useState } from 'preact/hooks';
import { composeEmpathyReply, type EmpathyParts } from '../../core/empathy';
import { t, type MessageKey } from '../../i18n';
import { ActionButton } from './ActionButton';
import { Disclosure } from './Disclosure';
import { TextField } from './TextField';

const EMPTY: EmpathyParts = { feeling: '', parallel: '', question: '' };

const STEPS: readonly { part: keyof EmpathyParts; label: MessageKey; hint: MessageKey }[] = [
  { part: 'feeling', label: 'empathyFeeling', hint: 'empathyFeelingHint' },
  { part: 'parallel', label: 'empathyParallel', hint: 'empathyParallelHint' },
  { part: 'question', label: 'empathyQuestion', hint: 'empathyQuestionHint' },
];

/** The longest line one step takes; a reply is a few short sentences. */
const MAX_STEP_LENGTH = 300;

/**
 * "Help me reply kindly": small fill-in steps, closed until asked for. The reply they make
 * goes right after the note's greeting, where the person edits it like any other words
 * (and which is saved as it changes, so Add asks the card's gate like any button that
 * changes something; opening the steps changes nothing). A note that asks nothing back
 * gets no question step: a question would undo its "No need to reply".
 */
export function KindReply({ onAdd, withQuestion }: { onAdd(reply: string): void; withQuestion: boolean }) {
  const [open, setOpen] = useState(false);
  const [parts, setParts] = useState<EmpathyParts>(EMPTY);
  const fieldId = useId();
  const reply = composeEmpathyReply(withQuestion ? parts : { ...parts, question: '' });
  const steps = withQuestion ? STEPS : STEPS.filter(({ part }) => part !== 'question');

  const add = () => {
    if (!reply) return;
    onAdd(reply);
    setParts(EMPTY);
    setOpen(false);
  };

  return (
    <Disclosure
      class="kind-reply stack"
      buttonClass="button button--quiet button--link"
      label={t('empathyHelp')}
      open={open}
      onToggle={() => setOpen(!open)}
      panel={(panelId) => (
        <div id={panelId} class="kind-reply__steps stack">
          <p class="muted">{t('empathyIntro')}</p>
          {steps.map(({ part, label, hint }) => (
            <TextField
              key={part}
              id={`${fieldId}-${part}`}
              label={t(label)}
              hint={{ id: `${fieldId}-${part}-hint`, text: t(hint) }}
              value={parts[part]}
              onInput={(value) => setParts((current) => ({ ...current, [part]: value }))}
              maxLength={MAX_STEP_LENGTH}
            />
          ))}
          <div class="row">
            <ActionButton class="button" disabled={!reply} onClick={add}>
              {t('empathyAdd')}
            </ActionButton>
          </div>
        </div>
      )}
    />
  );
}
