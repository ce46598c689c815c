import type { Ref } from 'preact';
import { describedBy, Field, type FieldFrame } from './Field';

/** A labelled line of text, with its hint and its message when something is wrong with it. */
export function TextField({
  value,
  onInput,
  type = 'text',
  required = false,
  maxLength,
  hintId,
  verbatim = false,
  inputMode,
  inputRef,
  ...frame
}: FieldFrame & {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'password';
  required?: boolean;
  maxLength?: number;
  /** A hint shown once for a group of fields, still read with each of them (`hint` is the field's own). */
  hintId?: string;
  /** Typed as it is (an address, a handle): no spelling fixes, no capital first letter. */
  verbatim?: boolean;
  inputMode?: 'url';
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <Field {...frame}>
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          // Preact types an input by its `type`, each with its own attributes; what is set here
          // suits all four, so one of them stands for the others, with no suggestion list.
          type={type as 'text'}
          list={undefined}
          value={value}
          maxLength={maxLength}
          inputMode={inputMode}
          // A friend's details, a site, a passphrase: nothing the browser should fill from the person's profile.
          autoComplete="off"
          spellcheck={type === 'text' && !verbatim}
          autoCapitalize={verbatim ? 'none' : undefined}
          aria-required={required ? 'true' : undefined}
          aria-describedby={describedBy(hintId, control['aria-describedby'])}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
