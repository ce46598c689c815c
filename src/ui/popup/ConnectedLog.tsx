import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { MAX_HELLO_LINE } from '../../core/hellos';
import type { Person } from '../../core/people';
import { logHello } from '../../db/hellos';
import { t, type MessageKey } from '../../i18n';
import { StatusLine } from '../components/StatusLine';
import { ChoiceField } from '../components/ChoiceField';
import { TextField } from '../components/TextField';
import { personChoices } from '../components/person-choices';
import { SaveOrCancel } from '../components/SaveOrCancel';
import { writeProblem } from '../components/save-problem';

/**
 * "I connected with someone": a chat with a neighbour, a call, a coffee. Someone from the
 * list (optional) and a line (optional); it counts as a small hello, and the person's
 * rhythm starts again, because contact made elsewhere is contact.
 */
export function ConnectedLog({ people }: { people: readonly Person[] }) {
  const [open, setOpen] = useState(false);
  const [personId, setPersonId] = useState('');
  const [line, setLine] = useState('');
  const [thanks, setThanks] = useState('');
  const [error, setError] = useState<MessageKey>();
  const ids = { form: useId(), who: useId(), line: useId(), lineHint: useId() };
  const who = useRef<HTMLSelectElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const thanksLine = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // Opened by the person just now: the first field takes the keyboard.
    if (open) who.current?.focus();
  }, [open]);

  const keep = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    const person = people.find((candidate) => String(candidate.id) === personId);
    try {
      await logHello({ personId: person?.id, line }, Date.now());
    } catch (cause) {
      console.error('Small Hellos could not keep that hello:', cause);
      setError(writeProblem(cause));
      return;
    }
    setThanks(person ? t('connectedThanksPerson', person.callName || person.name) : t('connectedThanks'));
    setOpen(false);
    setPersonId('');
    setLine('');
    requestAnimationFrame(() => thanksLine.current?.focus());
  };

  const cancel = () => {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  };

  return (
    <div class="connected stack">
      {!open && (
        <button
          ref={opener}
          type="button"
          class="button"
          aria-expanded={false}
          aria-controls={ids.form}
          onClick={() => {
            setThanks('');
            setOpen(true);
          }}
        >
          {t('connectedButton')}
        </button>
      )}
      {open && (
        <form id={ids.form} class="connected__form stack" aria-label={t('connectedButton')} onSubmit={(event) => void keep(event)}>
          <ChoiceField
            id={ids.who}
            label={t('connectedWho')}
            value={personId}
            {...personChoices(people, t('connectedSomeoneElse'))}
            onChange={setPersonId}
            selectRef={who}
          />
          <TextField
            id={ids.line}
            label={t('connectedLine')}
            value={line}
            onInput={setLine}
            hint={{ id: ids.lineHint, text: t('connectedLineHint') }}
            maxLength={MAX_HELLO_LINE}
          />
          <SaveOrCancel save={t('connectedKeep')} cancel={t('connectedCancel')} onCancel={cancel} />
        </form>
      )}
      <StatusLine status={thanks} error={error} lineRef={thanksLine} />
    </div>
  );
}
