import { describe, expect, it } from 'vitest';
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

describe('the stylesheet that holds a card on its page', () => {
  it('puts a sheet of the user’s origin into the card’s frame and names the property that shows the card', async () => {
    const property = await holdCardWithSheet(GMAIL_TAB);
    expect(property).toMatch(/^--[a-z]{8}$/);
    expect(fakeBrowser.scripting.insertCSS).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [0] },
      css: `:root { ${property}: block !important; }`,
      origin: 'USER',
    });
  });

  it('names a new property for every card, saying nothing of the extension', async () => {
    const names = new Set([await holdCardWithSheet(GMAIL_TAB), await holdCardWithSheet(GMAIL_TAB), await holdCardWithSheet(GMAIL_TAB)]);
    expect(names.size).toBe(3);
    for (const name of names) expect(name).not.toMatch(/small|hello/i);
  });

  it('answers nothing where the browser keeps the sheet out, or there is no tab', async () => {
    fakeBrowser.scripting.insertCSS.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    expect(await holdCardWithSheet(GMAIL_TAB)).toBeUndefined();
    expect(await holdCardWithSheet({ ...GMAIL_TAB, tab: undefined })).toBeUndefined();
  });

  it('comes with a card the background shows, and only then', async () => {
    await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
    const shown = await handleMessage({ type: 'moment' }, GMAIL_TAB);
    expect(shown).toMatchObject({ ok: true, value: { show: true, displayBy: expect.stringMatching(/^--[a-z]{8}$/) as unknown } });
    fakeBrowser.scripting.insertCSS.mockClear();
    const skipped = await handleMessage({ type: 'moment' }, GMAIL_TAB);
    expect(skipped).toMatchObject({ ok: true, value: { show: false } });
    expect(fakeBrowser.scripting.insertCSS).not.toHaveBeenCalled();
  });
});
