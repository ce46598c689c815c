import type { ComponentChildren } from 'preact';

/**
 * A form's two ways out: keep what was written (the form's own submit), or leave it as it
 * was. Another action of the form (`children`) stands before them.
 */
export function SaveOrCancel({ save, cancel, onCancel, children }: { save: string; cancel: string; onCancel(): void; children?: ComponentChildren }) {
  return (
    <div class="row">
      {children}
      <button type="submit" class="button button--primary">
        {save}
      </button>
      <button type="button" class="button button--quiet" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
