/**
 * A card is spent only where the person sees it. Playwright keeps every page it drives
 * "visible", so this story drives Chromium with puppeteer-core, where a tab opened in the
 * background really is hidden until the person switches to it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../scripts/chromium.mjs';
import { cardsIn, hasCard, listen, serve, startPuppeteer, type PuppeteerSession } from './puppeteer-chromium';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.live.com/mail/0/';

describe('a tab opened in the background', () => {
  let session: PuppeteerSession;
  let popup: Page;

  beforeAll(async () => {
    // Outlook is switched off: a moment there is answered, and nothing is kept of it.
    session = await startPuppeteer({ disabledSites: ['outlook'] });
    popup = session.popup;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows no card and spends nothing until the person switches to it', async () => {
    // Opened as a middle click would: in the background, behind the popup's tab.
    const { browser } = session;
    const devtools = await browser.target().createCDPSession();
    const { targetId } = await devtools.send('Target.createTarget', { url: 'about:blank', background: true });
    const target = await browser.waitForTarget((candidate) => (candidate as unknown as { _targetId: string })._targetId === targetId);
    const tab = await target.page();
    if (!tab) throw new Error('The background tab has no page');
    await serve(tab, 'https://mail.google.com/', 'gmail.html');
    const said = listen(tab);
    await tab.goto(GMAIL);

    expect(await tab.evaluate(() => document.visibilityState)).toBe('hidden');
    await waitUntil(() => said.includes('Small Hellos: waiting until this tab is seen.'), { what: 'the content script to wait' });
    // A later moment in a tab the person looks at, on a site switched off: once the
    // background has answered it, it has answered anything the hidden tab might have asked
    // before (each moment is decided in its own transaction, one after another).
    const later = await browser.newPage();
    await serve(later, 'https://outlook.live.com/', 'outlook.html');
    const saidLater = listen(later);
    await later.goto(OUTLOOK);
    await waitUntil(() => saidLater.includes('Small Hellos: no card this time (disabled-moment).'), { what: 'the background to answer the later moment' });
    expect(await tab.evaluate(() => document.visibilityState)).toBe('hidden');
    expect(await cardsIn(popup)).toEqual([]);
    await later.close();
    expect(hasCard(tab)).toBe(false);

    await tab.bringToFront();
    await waitUntil(() => hasCard(tab), { what: 'the card once the tab is seen' });
    expect(await cardsIn(popup)).toHaveLength(1);
  });
});
