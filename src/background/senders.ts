import browser, { type Runtime } from 'webextension-polyfill';
import { customSiteForUrl } from '../core/custom-sites';
import { siteForUrl, siteById, type MomentSite } from '../core/moments';
import { getSettings } from '../db/settings';
import type { SenderRule } from '../messages';

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

/** Who a request came from, as its sender rule needs to know them (src/messages.ts `SENDER_RULES`). */
export interface Speakers {
  'site-script': { readonly sender: Runtime.MessageSender; readonly site: MomentSite };
  'site-script-in-tab': { readonly sender: Runtime.MessageSender; readonly site: MomentSite; readonly tabId: number };
  'own-page': { readonly sender: Runtime.MessageSender };
  'own-card-in-tab': { readonly sender: Runtime.MessageSender; readonly tabId: number };
}

/** The sender, if the rule lets them speak; nothing otherwise. */
export async function identify<R extends SenderRule>(rule: R, sender: Runtime.MessageSender, ownId: string): Promise<Speakers[R] | undefined> {
  const tabId = sender.tab?.id;
  const speakers: { [K in SenderRule]: () => Promise<Speakers[K] | undefined> } = {
    'site-script': async () => {
      const site = await momentSiteOf(sender, ownId);
      return site && { sender, site };
    },
    'site-script-in-tab': async () => {
      const site = tabId === undefined ? undefined : await momentSiteOf(sender, ownId);
      return site && tabId !== undefined ? { sender, site, tabId } : undefined;
    },
    'own-page': async () => (isExtensionPage(sender, ownId) ? { sender } : undefined),
    'own-card-in-tab': async () => (isExtensionPage(sender, ownId) && tabId !== undefined ? { sender, tabId } : undefined),
  };
  return speakers[rule]() as Promise<Speakers[R] | undefined>;
}
