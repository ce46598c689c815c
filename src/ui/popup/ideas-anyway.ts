import { changeSettings } from './change-settings';
import type { MessageKey } from '../../i18n';
import { writeProblem } from '../components/save-problem';

/**
 * "I'd still like ideas today", after hellos that felt heavier: heard until another one
 * feels heavier (see core/heavy.ts). Returns what went wrong, in plain words, if it was not kept.
 */
export async function askForIdeasAnyway(now: number): Promise<MessageKey | undefined> {
  try {
    const result = await changeSettings({ ideasAnywayAt: now });
    if (result.ok) return undefined;
    console.error('Small Hellos refused a setting:', result.field);
    return 'errorSaveFailed';
  } catch (cause) {
    console.error('Small Hellos could not keep that:', cause);
    return writeProblem(cause);
  }
}
