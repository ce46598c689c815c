import { useEffect, useRef } from 'preact/hooks';
import type { WritingStep } from './flow/use-idea-flow';

/** How long typing pauses before the note is saved. */
export const DRAFT_SAVE_MS = 400;

/** The note as the person is writing it: its words, and its subject where email is offered. */
export interface NoteDraft {
  readonly text: string;
  readonly subject?: string | undefined;
}

const sameDraft = (a: NoteDraft, b: NoteDraft) => a.text === b.text && a.subject === b.subject;

/**
 * Saves the note as it is typed, a moment after each pause and at once when the page goes
 * away (the popup closes on any click outside it), so that no word is lost. Returns a way
 * to say a draft was saved by another step that carries it (a channel, I sent it).
 */
export function useDraftSaving(draft: NoteDraft, save: (step: WritingStep) => Promise<boolean>): (saved: NoteDraft) => void {
  const saved = useRef(draft);
  const latest = useRef(draft);
  latest.current = draft;
  const latestSave = useRef(save);
  latestSave.current = save;

  const flush = () => {
    const current = latest.current;
    if (sameDraft(current, saved.current)) return;
    saved.current = current;
    void latestSave.current({ kind: 'draft', text: current.text, ...(current.subject === undefined ? {} : { subject: current.subject }) });
  };

  useEffect(() => {
    const timer = setTimeout(flush, DRAFT_SAVE_MS);
    return () => clearTimeout(timer);
  }, [draft.text, draft.subject]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return (draft) => {
    saved.current = draft;
  };
}
