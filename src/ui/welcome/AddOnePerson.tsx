import { useId, useRef, useState } from 'preact/hooks';
import { LIMITS, RHYTHM_TABLE, validatePerson, type Rhythm } from '../../core/people';
import { addPerson } from '../../db/people';
import { ChoiceField, choicesOf } from '../components/ChoiceField';
import { TextField } from '../components/TextField';
import { ErrorNotice } from '../components/ErrorNotice';
import { writeProblem } from '../components/save-problem';
import { t, type MessageKey } from '../../i18n';
import { formatNumber } from '../format-number';

/**
 * One person to start with, if the person likes: a name and how often they would like to
 * write. Everything else (what they remember, how to reach them) can come later.
 */
export function AddOnePerson() {
  const [name, setName] = useState('');
  const [rhythm, setRhythm] = useState<Rhythm>('fortnightly');
  // What is wrong with the name, said under it; apart from a save that failed, which is not the name's fault.
  const [nameProblem, setNameProblem] = useState<string>();
  const [saveProblem, setSaveProblem] = useState<MessageKey>();
  const [added, setAdded] = useState('');
  const ids = { heading: useId(), name: useId(), rhythm: useId() };
  const nameField = useRef<HTMLInputElement>(null);
  const addedLine = useRef<HTMLParagraphElement>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    setNameProblem(undefined);
    setSaveProblem(undefined);
    const checked = validatePerson({ name, callName: '', email: '', phone: '', handles: {}, rhythm, preferredChannel: 'any', memories: [] });
    if (!checked.ok) {
      setNameProblem(checked.errors.name === 'nameTooLong' ? t('personErrorNameTooLong', formatNumber(LIMITS.name)) : t('personErrorNameRequired'));
      nameField.current?.focus();
      return;
    }
    try {
      await addPerson(checked.value, Date.now());
    } catch (cause) {
      console.error('Small Hellos could not add that person:', cause);
      setSaveProblem(writeProblem(cause));
      return;
    }
    setAdded(t('welcomeAdded', checked.value.name));
    setName('');
    requestAnimationFrame(() => addedLine.current?.focus());
  };

  return (
    <section class="welcome__part stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('welcomeAddHeading')}</h2>
      <p class="muted">{t('welcomeAddIntro')}</p>
      <form class="welcome__add stack" onSubmit={(event) => void add(event)} noValidate>
        <div class="row">
          <TextField id={ids.name} label={t('personName')} value={name} onInput={setName} error={nameProblem} maxLength={LIMITS.name} inputRef={nameField} />
          <ChoiceField id={ids.rhythm} label={t('personRhythm')} value={rhythm} {...choicesOf(RHYTHM_TABLE)} onChange={setRhythm} />
        </div>
        <ErrorNotice message={saveProblem} />
        <div class="row">
          <button type="submit" class="button button--primary">
            {t('welcomeAddButton')}
          </button>
        </div>
      </form>
      <p ref={addedLine} tabIndex={-1} role="status" class="status">
        {added}
      </p>
    </section>
  );
}
