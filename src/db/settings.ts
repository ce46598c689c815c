import type { SiteId } from '../core/moments';
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
