import browser from 'webextension-polyfill';
import { originPattern, scriptIdFor, type CustomSite } from './core/custom-sites';
import { optionalApi } from './optional-apis';

/**
 * The one module that asks the browser for a site the person added, and runs the content
 * script there. The permission is optional (`optional_host_permissions`): asked for one
 * origin when the person adds it, and given back when they remove it.
 */

/**
 * Asks for one origin. The browser shows its own prompt and only allows this in answer to
 * a click, so call it first thing in the click handler, before anything is awaited.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

export function hasSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

export async function releaseSiteAccess(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}

/**
 * The content script as built (crxjs gives it its own path, src/content/index.js in
 * Chrome's build), read from the manifest so that a site the person added runs exactly
 * the script the catalogue's sites run.
 */
function contentScriptFiles(): string[] {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js;
  if (!files?.length) throw new Error('The manifest lists no content script');
  return files;
}

/**
 * The API that runs the script on added sites. A browser without it runs nothing there:
 * adding a site says so in plain words, and tidying up has nothing to tidy.
 */
function siteScripting() {
  const scripting = optionalApi('scripting');
  if (!scripting) throw new Error('This browser has no scripting API, so no script can run on an added site');
  return scripting;
}

/** Runs the content script on the site from now on (pages opened after this), across restarts. */
export async function registerSiteScript(site: Pick<CustomSite, 'origin'>): Promise<void> {
  const id = scriptIdFor(site);
  await unregisterSiteScript(site);
  await siteScripting().registerContentScripts([
    { id, matches: [originPattern(site.origin)], js: contentScriptFiles(), runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

export async function unregisterSiteScript(site: Pick<CustomSite, 'origin'>): Promise<void> {
  const scripting = optionalApi('scripting');
  if (!scripting) return;
  const id = scriptIdFor(site);
  const registered = await scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered.length > 0) await scripting.unregisterContentScripts({ ids: [id] });
}

/**
 * Makes the registered scripts follow the list and the browser's grants: a site whose
 * permission was taken back (in the browser's own settings, say) runs nothing, and one
 * that is granted runs the script even where the browser forgot registrations.
 */
export async function syncSiteScripts(sites: readonly CustomSite[]): Promise<void> {
  const scripting = optionalApi('scripting');
  if (!scripting) return;
  const wanted = new Map<string, CustomSite>();
  for (const site of sites) if (await hasSiteAccess(site.origin)) wanted.set(scriptIdFor(site), site);
  const registered = await scripting.getRegisteredContentScripts();
  const stale = registered.map((script) => script.id).filter((id) => !wanted.has(id));
  if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale });
  const present = new Set(registered.map((script) => script.id));
  for (const [id, site] of wanted) if (!present.has(id)) await registerSiteScript(site);
}

/** Gives back every added site's permission and stops its script: part of "Delete everything". */
export async function releaseAllSites(sites: readonly CustomSite[]): Promise<void> {
  const scripting = optionalApi('scripting');
  if (scripting) {
    const registered = await scripting.getRegisteredContentScripts();
    if (registered.length > 0) await scripting.unregisterContentScripts({ ids: registered.map((script) => script.id) });
  }
  const origins = sites.map((site) => originPattern(site.origin));
  if (origins.length > 0) await browser.permissions.remove({ origins });
}
