import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Person } from '../../../core/people';
import { checkRitual, MAX_RITUAL_WHAT, RITUAL_EVERY, type Ritual, type RitualProblem } from '../../../core/rituals';
import { WEEKDAYS } from '../../../core/settings';
import { t, type MessageKey } from '../../../i18n';
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
  const [every, setEvery] = useState<string>(initial.every);
  const [problem, setProblem] = useState<RitualProblem>();
  const ids = { what: useId(), whatHint: useId(), whatError: useId(), who: useId(), day: useId(), every: useId() };
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
      <div class="field">
        <label for={ids.what}>{t('ritualWhat')}</label>
        <input
          id={ids.what}
          ref={whatField}
          type="text"
          maxLength={MAX_RITUAL_WHAT}
          value={what}
          required
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${ids.whatHint} ${ids.whatError}` : ids.whatHint}
          onInput={(event) => setWhat(event.currentTarget.value)}
        />
        <p id={ids.whatHint} class="muted">
          {t('ritualWhatHint')}
        </p>
        {problem && (
          <p id={ids.whatError} class="field__error">
            {t(PROBLEMS[problem])}
          </p>
        )}
      </div>
      <div class="field">
        <label for={ids.who}>{t('ritualWho')}</label>
        <select id={ids.who} value={personId} onChange={(event) => setPersonId(event.currentTarget.value)}>
          <option value="">{t('ritualWhoNobody')}</option>
          {people.map((person) => (
            <option key={person.id} value={String(person.id)}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div class="row">
        <div class="field">
          <label for={ids.day}>{t('ritualDay')}</label>
          <select id={ids.day} value={String(weekday)} onChange={(event) => setWeekday(Number(event.currentTarget.value))}>
            {WEEKDAYS.map((day) => (
              <option key={day} value={String(day)}>
                {weekdayName(day)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={ids.every}>{t('ritualHowOften')}</label>
          <select id={ids.every} value={every} onChange={(event) => setEvery(event.currentTarget.value)}>
            {RITUAL_EVERY.map((choice) => (
              <option key={choice} value={choice}>
                {t(EVERY_WORDS[choice])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="row">
        <button type="submit" class="button button--primary">
          {t('ritualSave')}
        </button>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          {t('ritualCancel')}
        </button>
      </div>
    </form>
  );
}
