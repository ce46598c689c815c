import type { Runtime } from 'webextension-polyfill';
import { siteForUrl, type CatalogueSite } from '../core/moments';

const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:']);

/** The catalogue site of a content script in a tab's top frame, or nothing. */
export function contentScriptSite(sender: Runtime.MessageSender, ownId: string): CatalogueSite | undefined {
  if (sender.id !== ownId || !sender.tab || sender.frameId !== 0) return undefined;
  return siteForUrl(sender.url);
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
