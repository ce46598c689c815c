import { applyStep } from '../core/nudge';
import { db } from '../db/database';
import { getSettings, updateSettings } from '../db/settings';
import type { Reply, Responses } from '../messages';

/**
 * "No cards on this site", chosen on a card: its site is switched off, as its switch in the
 * settings would, and the card is put away — both in one transaction. Only a card that
 * appeared on a site, and is still open, can do this.
 */
export async function switchSiteOff(id: number, now: number): Promise<Reply<Responses['site-off']>> {
  return db.transaction('rw', db.nudges, db.settings, async (): Promise<Reply<Responses['site-off']>> => {
    const nudge = await db.nudges.get(id);
    if (!nudge || nudge.origin !== 'page' || !nudge.site) return { ok: false, error: 'not-found' };
    const step = applyStep(nudge, { kind: 'dismiss' }, now);
    if (!step.ok) return step;
    await db.nudges.put(step.nudge);
    const { disabledSites } = await getSettings();
    if (!disabledSites.includes(nudge.site)) await updateSettings({ disabledSites: [...disabledSites, nudge.site] });
    return { ok: true, value: { site: nudge.site } };
  });
}
