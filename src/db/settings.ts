import type { CustomSite } from '../core/custom-sites';
import type { CustomSiteId, SiteId } from '../core/moments';
import { checkSettingsChanges } from '../core/settings-schema';
import { quietChange, withDefaults, type Corner, type QuietChange, type Settings } from '../core/settings';
import { db } from './database';

export async function getSettings(): Promise<Settings> {
  const row = await db.settings.get('settings');
  if (!row) return withDefaults(undefined);
  // The row's `key` is how it is stored, not a setting: keep it out of what callers see.
  const stored: Partial<Settings> & { key?: string } = { ...row };
  delete stored.key;
  return withDefaults(stored);
}

export async function updateSettings(changes: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getSettings()), ...changes };
    await db.settings.put({ key: 'settings', ...next });
    return next;
  });
}

/** "Low energy today": no in-page nudge until the next day begins. */
export async function muteToday(now: number): Promise<Settings> {
  return changeQuiet('low-energy', now);
}

export async function snoozeUntil(until: number): Promise<Settings> {
  return updateSettings({ snoozedUntil: until });
}


/** Quiets the cards or lets them back, reading the day's start in the same transaction. */
export async function changeQuiet(change: QuietChange, now: number): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => updateSettings(quietChange(change, await getSettings(), now)));
}

/** Remembers the corner the person moved the card to on one site. */
export async function setCardCorner(site: SiteId, corner: Corner): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const { cardCorners } = await getSettings();
    return updateSettings({ cardCorners: { ...cardCorners, [site]: corner } });
  });
}

/**
 * Changes chosen on the options page, checked before they are written (core/settings-schema.ts).
 * A wrong value is refused whole and named; nothing is written.
 */
export async function changeSettings(changes: unknown): Promise<{ ok: true; settings: Settings } | { ok: false; field: string }> {
  const checked = checkSettingsChanges(changes);
  if (!checked.ok) return checked;
  return { ok: true, settings: await updateSettings(checked.value) };
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
