import type { BackupContents } from '../../core/backup';
import { newCustomSite, type CustomSite } from '../../core/custom-sites';
import type { MomentKind } from '../../core/moments';
import { replaceWithBackup, type BackupProgress } from '../../db/backup';
import { deleteEverything } from '../../db/history';
import { getSettings } from '../../db/settings';
import { addCustomSite, removeCustomSite } from '../../db/settings-changes';
import { releaseNotifications } from '../../notifications-access';
import { stopSyncForFreshStart } from '../../sync/account';
import { registerSiteScript, releaseAllSites, releaseSiteAccess, requestSiteAccess, syncSiteScripts, unregisterSiteScript } from '../../site-access';

/**
 * The settings page's steps that change the data and what the browser granted together:
 * a site added or removed, a fresh start, an import that replaces everything. Each keeps
 * the two in step, in an order that leaves nothing half done the person could not see.
 */

export type AddSiteOutcome = { kind: 'added'; site: CustomSite } | { kind: 'not-allowed' };

/**
 * Adds a site: the browser's own prompt first (it allows one only in answer to a click, so
 * this asks before anything is awaited), then the script, then the list. If the list
 * cannot be written, the site is given back and the error thrown.
 */
export function addSite(origin: string, kind: MomentKind, now: number): Promise<AddSiteOutcome> {
  const asked = requestSiteAccess(origin);
  return asked.then(
    async (granted): Promise<AddSiteOutcome> => {
      if (!granted) return { kind: 'not-allowed' };
      const site = newCustomSite(origin, kind, now);
      try {
        await registerSiteScript(site);
        await addCustomSite(site);
      } catch (cause) {
        await releaseSiteAccess(origin).catch(() => undefined);
        throw cause;
      }
      return { kind: 'added', site };
    },
    (cause: unknown): AddSiteOutcome => {
      console.error('Small Hellos could not ask for a site:', cause);
      return { kind: 'not-allowed' };
    },
  );
}

/** Removes a site: its script, then the list; the grant goes back last, so a failed write leaves it working as listed. */
export async function removeSite(site: CustomSite): Promise<void> {
  await unregisterSiteScript(site);
  await removeCustomSite(site.id);
  await releaseSiteAccess(site.origin);
}

/** A site whose grant was taken back, allowed again (asked in the click, like adding). */
export function allowSiteAgain(site: CustomSite): Promise<boolean> {
  return requestSiteAccess(site.origin).then(async (granted) => {
    if (granted) await registerSiteScript(site);
    return granted;
  });
}

/**
 * A fresh start: sync stops here first (so the deletion never reaches the other computers,
 * and with `removeSyncedCopy` the copy leaves the browser account), the data goes, then
 * every added site and the notifications permission go back to the browser, as on the day
 * Small Hellos was installed. A failure giving them back leaves no data behind.
 */
export async function startFresh(removeSyncedCopy = false): Promise<void> {
  const { customSites } = await getSettings();
  await stopSyncForFreshStart(removeSyncedCopy);
  await deleteEverything();
  await releaseAllSites(customSites).catch((cause: unknown) => console.error('Small Hellos could not give sites back:', cause));
  await releaseNotifications().catch((cause: unknown) => console.error('Small Hellos could not give notifications back:', cause));
}

/**
 * Everything replaced by a file: then the scripts follow the file's sites (those the
 * browser allows run at once; the others wait for Allow again), and the sites that are
 * no longer listed are given back. A file without settings leaves the defaults, with no
 * sites added.
 */
export async function replaceEverything(contents: BackupContents, onProgress?: (progress: BackupProgress) => void): Promise<void> {
  const before = (await getSettings()).customSites;
  await replaceWithBackup(contents, onProgress);
  const after = contents.settings?.customSites ?? [];
  const listed = new Set(after.map((site) => site.origin));
  const dropped = before.filter((site) => !listed.has(site.origin));
  try {
    await syncSiteScripts(after);
    for (const site of dropped) await releaseSiteAccess(site.origin);
  } catch (cause) {
    // The data is in; the upkeep makes the scripts follow the grants again each day.
    console.error('Small Hellos could not bring the sites in line with the file:', cause);
  }
}
