import type { ComponentChildren } from 'preact';

/** Joins the ids a control is described by, leaving out the ones not on screen. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/**
 * A visible label, the control, an optional hint under it and the field's message when
 * something is wrong with it. The control (`children`) is given what describes it: the
 * hint and the message, whichever are on screen.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: { id: string; text: string };
  /** What is wrong with the field, in plain words; nothing while it is fine. */
  error?: string;
  children: (describedBy: string | undefined) => ComponentChildren;
}) {
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(describedBy(hint?.id, error && errorId))}
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
