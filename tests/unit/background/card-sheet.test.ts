// @vitest-environment happy-dom -- the page the card is shown on
/**
 * The stylesheet that holds a card on its page, seen from the page: the browser's
 * insertCSS and removeCSS are played by this document (a sheet goes in as a <style>, and
 * only the very same injection takes it out again, as in the browser), and the host is
 * styled as the content script styles it, displayed by the property the moment names.
 */
import { holdCardWithSheet } from '../../../src/background/card-sheet';
import { handleMessage } from '../../../src/background/router';
import { updateSettings } from '../../../src/db/settings';
import { fakeBrowser } from '../../support/fake-browser';

const GMAIL_TAB = {
  id: fakeBrowser.runtime.id,
  url: 'https://mail.google.com/mail/u/0/',
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
};

type Injection = Parameters<typeof fakeBrowser.scripting.insertCSS>[0];
const keyOf = (injection: Injection) => JSON.stringify([injection.target, injection.css, injection.origin]);
/** The sheets in this document, by the injection that put each in. */
const sheets = new Map<string, HTMLStyleElement>();

beforeEach(async () => {
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
  fakeBrowser.scripting.insertCSS.mockImplementation(async (injection) => {
    const style = document.createElement('style');
    style.textContent = injection.css;
    document.head.append(style);
    sheets.set(keyOf(injection), style);
  });
  fakeBrowser.scripting.removeCSS.mockImplementation(async (injection) => {
    sheets.get(keyOf(injection))?.remove();
    sheets.delete(keyOf(injection));
  });
});

afterEach(() => {
  for (const style of sheets.values()) style.remove();
  sheets.clear();
  fakeBrowser.scripting.insertCSS.mockReset();
  fakeBrowser.scripting.removeCSS.mockReset();
  document.documentElement.querySelectorAll(':scope > abcd-efgh').forEach((host) => host.remove());
});

/** A card the background shows on Gmail: the property that displays it, if the sheet went in. */
async function showCard(): Promise<string | undefined> {
  const reply = await handleMessage({ type: 'moment' }, GMAIL_TAB);
  if (!reply.ok || !(reply.value as { show: boolean }).show) throw new Error(`No card was shown: ${JSON.stringify(reply)}`);
  return (reply.value as { displayBy?: string }).displayBy;
}

/** The card's host on the page, displayed only by `displayBy`, as the content script pins it. */
function hostDisplayedBy(displayBy: string): HTMLElement {
  const host = document.createElement('abcd-efgh');
  host.style.setProperty('display', `var(${displayBy}, none)`, 'important');
  document.documentElement.append(host);
  return host;
}

/** The custom properties on <html>, as the page can read them. */
const htmlProperty = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name);

describe('the stylesheet that holds a card on its page', () => {
  it('displays the card’s host while the sheet is in the page, and no longer once it goes', async () => {
    const displayBy = await showCard();
    if (!displayBy) throw new Error('The moment named no property');
    const host = hostDisplayedBy(displayBy);
    expect(getComputedStyle(host).display).toBe('block');

    // What the browser does to the add-on's sheets when it is switched off, reloaded or removed.
    for (const style of sheets.values()) style.remove();
    expect(getComputedStyle(host).display).toBe('none');
  });

  it('names a property new for every card, saying nothing of the extension', async () => {
    const names = new Set([await holdCardWithSheet(GMAIL_TAB), await holdCardWithSheet(GMAIL_TAB), await holdCardWithSheet(GMAIL_TAB)]);
    expect(names.size).toBe(3);
    for (const name of names) expect(name).not.toMatch(/small|hello/i);
  });

  it('takes the sheet away once the card has left, leaving nothing on <html>', async () => {
    const displayBy = await showCard();
    if (!displayBy) throw new Error('The moment named no property');
    expect(htmlProperty(displayBy)).not.toBe('');

    expect(await handleMessage({ type: 'card-gone', displayBy }, GMAIL_TAB)).toEqual({ ok: true, value: { released: true } });
    expect(htmlProperty(displayBy)).toBe('');
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
  });

  it('leaves another card’s sheet where it is when one card leaves', async () => {
    const first = await showCard();
    const second = await holdCardWithSheet(GMAIL_TAB);
    if (!first || !second) throw new Error('A moment named no property');
    await handleMessage({ type: 'card-gone', displayBy: first }, GMAIL_TAB);
    expect(htmlProperty(first)).toBe('');
    expect(htmlProperty(second)).not.toBe('');
  });

  it('shows the card without a property where the browser keeps the sheet out', async () => {
    fakeBrowser.scripting.insertCSS.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    const reply = await handleMessage({ type: 'moment' }, GMAIL_TAB);
    expect(reply).toMatchObject({ ok: true, value: { show: true } });
    expect(reply.ok && 'displayBy' in (reply.value as object)).toBe(false);
  });

  it('puts no sheet in when no card is shown', async () => {
    await updateSettings({ mutedUntil: Date.now() + 60 * 60_000 });
    const skipped = await handleMessage({ type: 'moment' }, GMAIL_TAB);
    expect(skipped).toMatchObject({ ok: true, value: { show: false } });
    expect(sheets.size).toBe(0);
  });

  it('refuses to take away anything but a card’s sheet', async () => {
    expect(await handleMessage({ type: 'card-gone', displayBy: 'color' }, GMAIL_TAB)).toEqual({ ok: false, error: 'bad-message' });
    expect(fakeBrowser.scripting.removeCSS).not.toHaveBeenCalled();
  });
});
