/**
 * A private window keeps nothing unless the person asks for cards there: with the browser
 * allowing Small Hellos in private windows, a catalogue page in one gets no card and leaves
 * nothing in the history, until "Cards in private windows" is switched on in the settings.
 * Playwright cannot open a private window with the extension, so this story drives
 * Chromium with puppeteer-core.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POPUP_PATH, waitUntil } from '../../scripts/chromium.mjs';
import { cardsIn, hasCard, listen, serve, startPuppeteer, type PuppeteerSession } from './puppeteer-chromium';

const GMAIL = 'https://mail.google.com/mail/u/0/';

interface DeveloperPrivate {
  updateProfileConfiguration(changes: { inDeveloperMode: boolean }): Promise<void>;
  updateExtensionConfiguration(changes: { extensionId: string; incognitoAccess: boolean }): Promise<void>;
  getExtensionInfo(id: string): Promise<{ state: string }>;
}

describe('a private window', () => {
  let session: PuppeteerSession;
  let popup: Page;

  beforeAll(async () => {
    session = await startPuppeteer();
    // The browser's own switch, as on chrome://extensions → Details → "Allow in Incognito".
    // Switching it reloads the extension, which Chromium keeps on for an unpacked one only in
    // developer mode.
    const extensions = await session.browser.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
      await api.updateProfileConfiguration({ inDeveloperMode: true });
      await api.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
    }, session.extensionId);
    await waitUntil(
      () =>
        extensions.evaluate(async (id) => {
          const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
          return (await api.getExtensionInfo(id)).state === 'ENABLED';
        }, session.extensionId),
      { what: 'the extension to come back, allowed in private windows' },
    );
    await extensions.close();
    // The popup's tab went with the reload.
    popup = await session.browser.newPage();
    await waitUntil(
      async () => {
        await popup.goto(`chrome-extension://${session.extensionId}${POPUP_PATH}`).catch(() => undefined);
        return popup.url().startsWith('chrome-extension://');
      },
      { interval: 100, what: 'the popup after the reload' },
    );
  });

  afterAll(async () => {
    await session?.close();
  });

  it('gets no card and leaves nothing behind, until the person asks for cards there', async () => {
    const opened = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { windows: { create(details: object): Promise<{ incognito: boolean }> } } }).chrome.windows;
      return (await api.create({ incognito: true, url: 'about:blank#private' })).incognito;
    });
    expect(opened).toBe(true);
    const target = await session.browser.waitForTarget((candidate) => candidate.url() === 'about:blank#private');
    const tab = await target.page();
    if (!tab) throw new Error('The private window has no page');
    await serve(tab, 'https://mail.google.com/', 'gmail.html');
    const said = listen(tab);
    await tab.goto(GMAIL);

    await waitUntil(() => said.includes('Small Hellos: no card this time (private-window).'), { what: 'the background to answer the private moment' });
    expect(hasCard(tab)).toBe(false);
    expect(await cardsIn(popup)).toEqual([]);

    // The person allows cards in private windows in the settings.
    const settings = await session.browser.newPage();
    await settings.goto(`chrome-extension://${session.extensionId}/src/ui/options/index.html#when`);
    const privateSwitch = await settings.waitForSelector('::-p-aria(Cards in private windows[role="switch"])');
    await privateSwitch?.click();
    await settings.waitForFunction(() => document.body.innerText.includes('Saved.'));
    await settings.close();

    await tab.reload();
    await waitUntil(() => hasCard(tab), { what: 'a card in the private window, now allowed' });
    expect(await cardsIn(popup)).toHaveLength(1);
  });
});
