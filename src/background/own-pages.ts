import browser from 'webextension-polyfill';
import type { OwnPage } from '../messages';

/** Where each of the extension's own pages lives; the support note is a section of the settings page. */
const ADDRESSES: Record<OwnPage, string> = {
  support: 'src/ui/options/index.html#support',
  welcome: 'src/ui/welcome/index.html',
};

/** Opens one of the extension's pages in a new tab (an extension page needs no `tabs` permission for this). */
export async function openOwnPage(page: OwnPage): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(ADDRESSES[page]) });
}

/**
 * The welcome opens once, when Small Hellos is installed: not on an update, not when the
 * browser itself updates.
 */
export async function welcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason === 'install') await openOwnPage('welcome');
}
