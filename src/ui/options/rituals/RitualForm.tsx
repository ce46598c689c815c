import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Person } from '../../../core/people';
import { checkRitual, MAX_RITUAL_WHAT, RITUAL_EVERY, type Ritual, type RitualProblem } from '../../../core/rituals';
import { WEEKDAYS } from '../../../core/settings';
import { t, type MessageKey } from '../../../i18n';
import { ChoiceField } from '../../components/ChoiceField';
import { TextField } from '../../components/TextField';
import { personChoices } from '../../components/person-choices';
import { SaveOrCancel } from '../../components/SaveOrCancel';
import { weekdayName } from './ritual-words';

export type RitualFormValue = Pick<Ritual, 'what' | 'personId' | 'weekday' | 'every'>;

const PROBLEMS: Record<RitualProblem, MessageKey> = {
  ritualWhatRequired: 'ritualWhatRequired',
  ritualWhatTooLong: 'ritualWhatTooLong',
  choiceInvalid: 'personErrorChoiceInvalid',
};

const EVERY_WORDS: Record<Ritual['every'], MessageKey> = { week: 'ritualEveryWeekChoice', 'two-weeks': 'ritualEveryTwoWeeksChoice' };

/** What the ritual is, for whom, on which day and how often. Checked before it is saved. */
export function RitualForm({
  initial,
  people,
  onSave,
  onCancel,
}: {
  initial: Partial<RitualFormValue> & Pick<RitualFormValue, 'what' | 'weekday' | 'every'>;
  people: readonly Person[];
  onSave(value: RitualFormValue): Promise<void>;
  onCancel(): void;
}) {
  const [what, setWhat] = useState(initial.what);
  const [personId, setPersonId] = useState(initial.personId === undefined ? '' : String(initial.personId));
  const [weekday, setWeekday] = useState<number>(initial.weekday);
  const [every, setEvery] = useState<Ritual['every']>(initial.every);
  const [problem, setProblem] = useState<RitualProblem>();
  const ids = { what: useId(), whatHint: useId(), who: useId(), day: useId(), every: useId() };
  const whatField = useRef<HTMLInputElement>(null);
  // Opened by the person just now: the first field takes the keyboard.
  useEffect(() => whatField.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = checkRitual({ what, personId: personId === '' ? undefined : Number(personId), weekday, every });
    if (!checked.ok) {
      setProblem(checked.problem);
      whatField.current?.focus();
      return;
    }
    setProblem(undefined);
    await onSave(checked.value);
  };

  return (
    <form class="ritual-form person-form stack" aria-label={t('ritualFormLabel')} onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id={ids.what}
        label={t('ritualWhat')}
        value={what}
        onInput={setWhat}
        error={problem && t(PROBLEMS[problem])}
        hint={{ id: ids.whatHint, text: t('ritualWhatHint') }}
        maxLength={MAX_RITUAL_WHAT}
        inputRef={whatField}
        required
      />
      <ChoiceField id={ids.who} label={t('ritualWho')} value={personId} {...personChoices(people, t('ritualWhoNobody'))} onChange={setPersonId} />
      <div class="row">
        <ChoiceField id={ids.day} label={t('ritualDay')} value={weekday} options={WEEKDAYS} optionLabel={weekdayName} onChange={setWeekday} />
        <ChoiceField
          id={ids.every}
          label={t('ritualHowOften')}
          value={every}
          options={RITUAL_EVERY}
          optionLabel={(choice) => t(EVERY_WORDS[choice])}
          onChange={setEvery}
        />
      </div>
      <SaveOrCancel save={t('ritualSave')} cancel={t('ritualCancel')} onCancel={onCancel} />
    </form>
  );
}
