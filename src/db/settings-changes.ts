import type { CustomSite } from '../core/custom-sites';
import type { CustomSiteId } from '../core/moments';
import type { HistoryKeep, Settings } from '../core/settings';
import { checkSettingsChanges, type SettingsProblem } from '../core/settings-schema';
import { db } from './database';
import { pruneHistory } from './history';
import { getSettings, updateSettings } from './settings';

/*
 * Settings as the options page changes them. Kept apart from ./settings so that the
 * popup, which only reads settings, does not load the checks (valibot) with it.
 */

/**
 * Changes chosen on the options page, checked before they are written (core/settings-schema.ts).
 * A wrong value is refused whole and named; nothing is written.
 */
export async function changeSettings(changes: unknown): Promise<{ ok: true; settings: Settings } | SettingsProblem> {
  return db.transaction('rw', db.settings, async () => {
    const checked = checkSettingsChanges(changes, await getSettings());
    if (!checked.ok) return checked;
    return { ok: true, settings: await updateSettings(checked.value) };
  });
}

/** A site the person added, once the browser granted it. */
export async function addCustomSite(site: CustomSite): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const { customSites } = await getSettings();
    return updateSettings({ customSites: [...customSites.filter((known) => known.origin !== site.origin), site] });
  });
}

/** Removes a site the person added, with its switch and card corner. */
export async function removeCustomSite(id: CustomSiteId): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const { customSites, disabledSites, cardCorners } = await getSettings();
    const { [id]: _corner, ...corners } = cardCorners;
    return updateSettings({
      customSites: customSites.filter((site) => site.id !== id),
      disabledSites: disabledSites.filter((site) => site !== id),
      cardCorners: corners,
    });
  });
}

/**
 * How long history is kept, changed: the choice is written and what is older goes, in one
 * transaction. Returns how many entries went, or the refused field.
 */
export async function keepHistoryFor(keep: HistoryKeep, now: number): Promise<{ ok: true; removed: number } | SettingsProblem> {
  return db.transaction('rw', [db.settings, db.nudges, db.hellos], async () => {
    const changed = await changeSettings({ keepHistory: keep });
    if (!changed.ok) return changed;
    return { ok: true, removed: await pruneHistory(now) };
  });
}
