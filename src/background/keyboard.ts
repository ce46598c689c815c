import browser, { type Tabs } from 'webextension-polyfill';
import { FOCUS_CARD_COMMAND } from '../commands';
import type { FocusCard } from '../messages';

/**
 * A shortcut the browser hands the extension. (`_execute_action`, Alt+Shift+H, opens the
 * popup by itself and never comes here.)
 */
export async function handleCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  if (command === FOCUS_CARD_COMMAND) await focusCardIn(tab);
}

/**
 * The "go to the card, and back" shortcut: the content script in the tab's top frame moves
 * the keyboard into its card, or back to where it was. A tab without a card ignores it.
 */
export async function focusCardIn(tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const message: FocusCard = { smallHellosFocus: true };
  await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
}
