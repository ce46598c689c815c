import type { Ref } from 'preact';
import { t, type MessageKey } from '../../i18n';
import { Field, type FieldFrame } from './Field';

/** What a select of fixed choices shows: its options, each in words. */
export interface Choices<Option extends string | number> {
  options: readonly Option[];
  optionLabel: (option: Option) => string;
}

/** The choices of a word table (each row names its `label`), in the table's order. */
export function choicesOf<Option extends string>(table: Readonly<Record<Option, { readonly label: MessageKey }>>): Choices<Option> {
  return { options: Object.keys(table) as Option[], optionLabel: (option) => t(table[option].label) };
}

/** A label and its select of fixed choices, with the field's hint and its message when something is wrong. */
export function ChoiceField<Option extends string | number>({
  value,
  options,
  optionLabel,
  onChange,
  selectRef,
  ...frame
}: FieldFrame &
  Choices<Option> & {
    /** The choice shown now (a form may hold it as typed, before it is checked). */
    value: string | number;
    /** The option itself comes back (a number stays a number), read by its place in the list. */
    onChange: (option: Option) => void;
    selectRef?: Ref<HTMLSelectElement>;
  }) {
  return (
    <Field {...frame}>
      {(control) => (
        <select {...control} ref={selectRef} value={String(value)} onChange={(event) => onChange(options[event.currentTarget.selectedIndex] as Option)}>
          {options.map((option) => (
            <option key={option} value={String(option)}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
