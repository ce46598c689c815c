import type { ComponentChildren } from 'preact';

/** Joins the ids a control is described by, leaving out the ones not on screen. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/** What a field shows around its control: a visible label, a hint under it and what is wrong with it. */
export interface FieldFrame {
  id: string;
  label: string;
  hint?: { id: string; text: string } | undefined;
  /** What is wrong with the field, in plain words; nothing while it is fine. */
  error?: string | undefined;
}

/** What the control of a field carries: the label's id, what describes it on screen, and whether it is wrong. */
export interface ControlAttributes {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': 'true' | undefined;
}

/**
 * A visible label, the control, an optional hint under it and the field's message when
 * something is wrong with it. The control (`children`) is given its attributes: its id,
 * the hint and the message that describe it, whichever are on screen, and whether it is wrong.
 */
export function Field({ id, label, hint, error, children }: FieldFrame & { children: (control: ControlAttributes) => ComponentChildren }) {
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy(hint?.id, error && errorId), 'aria-invalid': error ? 'true' : undefined })}
      {hint && (
        <p id={hint.id} class="muted">
          {hint.text}
        </p>
      )}
      {error && (
        <p id={errorId} class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
