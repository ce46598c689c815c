import type { Ref } from 'preact';

/** A select of fixed choices, each shown in words. */
export interface ChoiceProps<Option extends string | number> {
  id: string;
  /** The choice shown now (a form may hold it as typed, before it is checked). */
  value: string | number;
  options: readonly Option[];
  optionLabel: (option: Option) => string;
  /** The option itself comes back (a number stays a number), read by its place in the list. */
  onChange: (option: Option) => void;
  selectRef?: Ref<HTMLSelectElement>;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: 'true' | undefined;
}

export function Choices<Option extends string | number>({ value, options, optionLabel, onChange, selectRef, ...attributes }: ChoiceProps<Option>) {
  return (
    <select ref={selectRef} {...attributes} value={String(value)} onChange={(event) => onChange(options[event.currentTarget.selectedIndex] as Option)}>
      {options.map((option) => (
        <option key={option} value={String(option)}>
          {optionLabel(option)}
        </option>
      ))}
    </select>
  );
}

/** A label and its select of fixed choices. */
export function ChoiceField<Option extends string | number>({ label, ...choices }: ChoiceProps<Option> & { label: string }) {
  return (
    <div class="field">
      <label for={choices.id}>{label}</label>
      <Choices {...choices} />
    </div>
  );
}
