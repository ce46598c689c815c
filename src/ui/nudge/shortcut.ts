import browser from 'webextension-polyfill';

/** The key the person has for "go to the card, and back", or undefined when they have none. */
export async function focusCardShortcut(): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((command) => command.name === 'focus-card')?.shortcut || undefined;
  } catch {
    return undefined;
  }
}
