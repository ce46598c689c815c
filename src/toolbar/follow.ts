import { liveQuery } from 'dexie';
import { readToolbarState, refreshToolbar } from './indicator';

/**
 * The toolbar button follows what is stored by itself: whatever writes the settings, the
 * rituals or a feeling in this context (a quiet time, Delete everything, an import, a
 * ritual done, a hello that felt heavier), the title, the dot and their alarms follow, with
 * no message anyone has to remember to send. Every extension context that writes them
 * runs this once (the background and the popup, settings and welcome pages); the card,
 * which has no database, does not.
 */
export function followStoredState(now: () => number = Date.now): () => void {
  const report = (error: unknown) => console.error('Small Hellos could not update its toolbar button:', error);
  // The query says when what is stored changed; the refresh reads it again in its turn.
  const subscription = liveQuery(() => readToolbarState(now())).subscribe({
    next: () => void refreshToolbar(now()).catch(report),
    error: report,
  });
  return () => subscription.unsubscribe();
}
