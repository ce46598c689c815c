import browser, { type Runtime } from 'webextension-polyfill';
import { customSiteForUrl } from '../core/custom-sites';
import { siteForUrl, siteById, type MomentSite } from '../core/moments';
import { getSettings } from '../db/settings';

const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:']);

function isTopFrameContentScript(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId && sender.tab !== undefined && sender.frameId === 0;
}

/**
 * The site of a content script in a tab's top frame: a catalogue site, or one the person
 * added — only while it is in their list and the browser still grants its origin (a grant
 * taken back in the browser's settings counts at once, before the script is unregistered).
 */
export async function momentSiteOf(sender: Runtime.MessageSender, ownId: string): Promise<MomentSite | undefined> {
  if (!isTopFrameContentScript(sender, ownId)) return undefined;
  const catalogue = siteForUrl(sender.url);
  if (catalogue) return catalogue;
  const custom = customSiteForUrl(sender.url, (await getSettings()).customSites);
  if (!custom) return undefined;
  const granted = await browser.permissions.contains({ origins: [`${custom.origin}/*`] });
  return granted ? siteById(custom.id) : undefined;
}

/** Whether the sender is one of this extension's own pages (the card, the popup). */
export function isExtensionPage(sender: Runtime.MessageSender, ownId: string): boolean {
  if (sender.id !== ownId || !sender.url) return false;
  try {
    return EXTENSION_PROTOCOLS.has(new URL(sender.url).protocol);
  } catch {
    return false;
  }
}
