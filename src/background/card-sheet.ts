import type { Runtime, Scripting } from 'webextension-polyfill';
import { optionalApi } from '../optional-apis';

/**
 * Gone means gone where the content script cannot see the extension go. Firefox stops a
 * content script without a word when its add-on is removed, switched off or reloaded, so
 * the script's own check never runs and its card would stay on the page. What Firefox does
 * take away with the add-on is every stylesheet the add-on put into a page. So, before a
 * card is shown, one such sheet (of the user's origin, which no page style overrides)
 * defines a custom property whose name is new for each card and says nothing of us, and the
 * card's host is displayed only through it: when the sheet goes, the card goes at once.
 *
 * Where the browser does not let the sheet in (Chromium on the catalogue's sites, which the
 * extension reaches only through its content script), or has no `scripting` at all, this
 * answers nothing and the content script's own check stands alone, as it always does in
 * Chromium.
 */
export async function holdCardWithSheet(sender: Runtime.MessageSender): Promise<string | undefined> {
  const scripting = optionalApi('scripting');
  if (!scripting) return undefined;
  const name = `--${Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
  const sheet = cardSheet(sender, name);
  if (!sheet) return undefined;
  try {
    await scripting.insertCSS(sheet);
    return name;
  } catch {
    return undefined;
  }
}

/**
 * The card has left the page: its sheet goes too, so that nothing of ours stays on <html>
 * (a random property there would still tell the page that the extension is here). Whether
 * a sheet was taken away; a page the sheet never went into has none to take.
 */
export async function releaseCardSheet(sender: Runtime.MessageSender, name: string): Promise<boolean> {
  const sheet = cardSheet(sender, name);
  const scripting = optionalApi('scripting');
  if (!sheet || !scripting) return false;
  try {
    await scripting.removeCSS(sheet);
    return true;
  } catch {
    return false;
  }
}

/** The one sheet for the card named `name`, in the frame of the content script that asked. */
function cardSheet(sender: Runtime.MessageSender, name: string): Scripting.CSSInjection | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  return { target: { tabId, frameIds: [sender.frameId ?? 0] }, css: `:root { ${name}: block !important; }`, origin: 'USER' };
}
