import { changeSettings } from '../../db/settings-changes';

/**
 * "I'd still like ideas today", after hellos that felt heavier: heard until another one
 * feels heavier (see core/heavy.ts). Returns whether it was kept.
 */
export async function askForIdeasAnyway(now: number): Promise<boolean> {
  try {
    const result = await changeSettings({ ideasAnywayAt: now });
    if (result.ok) return true;
    console.error('Small Hellos refused a setting:', result.field);
  } catch (cause) {
    console.error('Small Hellos could not keep that:', cause);
  }
  return false;
}
