import type { ComponentChildren, Ref } from 'preact';

/** A question before a step that cannot be taken back: what it does, then Yes and the safe answer, which is the primary one. */
export function ConfirmQuestion({
  id,
  question,
  confirm,
  keep,
  onConfirm,
  onKeep,
  keepRef,
  live = false,
  children,
}: {
  id: string;
  question: string;
  confirm: string;
  keep: string;
  onConfirm: () => void;
  onKeep: () => void;
  keepRef?: Ref<HTMLButtonElement>;
  /** Said again when it changes while shown (a count that is still being read). */
  live?: boolean;
  /** What goes with the question: what would go, or a choice about it. */
  children?: ComponentChildren;
}) {
  return (
    <div class="person__confirm stack" role="group" aria-labelledby={id}>
      <p id={id} aria-live={live ? 'polite' : undefined}>
        {question}
      </p>
      {children}
      <div class="row">
        <button type="button" class="button" onClick={onConfirm}>
          {confirm}
        </button>
        <button ref={keepRef} type="button" class="button button--primary" onClick={onKeep}>
          {keep}
        </button>
      </div>
    </div>
  );
}
