import browser from 'webextension-polyfill';
import { FOCUS_CARD_COMMAND } from '../../commands';

/** The key the person has for "go to the card, and back", or undefined when they have none. */
export async function focusCardShortcut(): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((command) => command.name === FOCUS_CARD_COMMAND)?.shortcut || undefined;
  } catch {
    return undefined;
  }
}
