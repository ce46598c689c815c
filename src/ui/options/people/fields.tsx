import type { PersonError } from '../../../core/people';
import { Choices, type ChoiceProps } from '../../components/ChoiceField';
import { errorText } from './person-draft';
import { describedBy, Field } from '../../components/Field';

export function TextField({
  id,
  label,
  value,
  onInput,
  error,
  type = 'text',
  required = false,
  hintId,
  hint,
  handle = false,
}: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error: PersonError | undefined;
  type?: 'text' | 'email' | 'tel';
  required?: boolean;
  /** A hint shown once for a group of fields, still read with each of them. */
  hintId?: string;
  /** A hint of this field's own, shown under it. */
  hint?: { id: string; text: string };
  /** A social handle: no spelling fixes, no capital first letter. */
  handle?: boolean;
}) {
  return (
    <Field id={id} label={label} error={error && errorText(error)} hint={hint}>
      {(ownDescription) => (
        <input
          id={id}
          type={type}
          // No suggestion list: naming it keeps Preact's input types from choosing the combobox form.
          list={undefined}
          value={value}
          // These are a friend's details, not the person's own: no autofill from their profile.
          autoComplete="off"
          spellcheck={type === 'text' && !handle}
          autoCapitalize={handle ? 'none' : undefined}
          aria-required={required ? 'true' : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(hintId, ownDescription)}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** One choice from a fixed list, with the field's hint and message. */
export function SelectField<Option extends string>({
  label,
  error,
  hint,
  ...choices
}: ChoiceProps<Option> & { label: string; error: PersonError | undefined; hint?: { id: string; text: string } }) {
  return (
    <Field id={choices.id} label={label} error={error && errorText(error)} hint={hint}>
      {(errorDescription) => <Choices {...choices} aria-describedby={errorDescription} aria-invalid={error ? 'true' : undefined} />}
    </Field>
  );
}
