import type { Runtime } from 'webextension-polyfill';
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
  const tabId = sender.tab?.id;
  const scripting = optionalApi('scripting');
  if (tabId === undefined || !scripting) return undefined;
  const name = `--${Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
  try {
    await scripting.insertCSS({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      css: `:root { ${name}: block !important; }`,
      origin: 'USER',
    });
    return name;
  } catch {
    return undefined;
  }
}
