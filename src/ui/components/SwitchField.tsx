import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** A switch with its label, and a hint under it that is read with it. */
export function SwitchField({
  label,
  hint,
  checked,
  disabled,
  onChange,
  children,
}: {
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
  /** What follows the hint: a problem with the switch, said under it. */
  children?: ComponentChildren;
}) {
  const ids = { input: useId(), hint: useId() };
  return (
    <div class="field">
      <label class="switch" for={ids.input}>
        <input
          id={ids.input}
          type="checkbox"
          role="switch"
          aria-describedby={ids.hint}
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        {label}
      </label>
      <p id={ids.hint} class="muted">
        {hint}
      </p>
      {children}
    </div>
  );
}
