import type { Settings } from '../../core/settings';
import type { SettingsProblem } from '../../core/settings-schema';

/**
 * The popup's few changes to the settings, checked as the settings page checks them. The
 * checks (valibot and the schema) load only when a change is made: opening the popup, which
 * makes none, does not wait for them.
 */
export async function changeSettings(changes: Partial<Settings>): Promise<{ ok: true; settings: Settings } | SettingsProblem> {
  const checked = await import('../../db/settings-changes');
  return checked.changeSettings(changes);
}
