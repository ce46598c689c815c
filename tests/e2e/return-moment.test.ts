/**
 * Coming back to a mail tab kept open is a routine moment, as opening it is. Playwright keeps
 * every page it drives "visible", so this story drives Chromium with puppeteer-core, where a
 * tab behind another really is hidden and comes back into view. The minute away is not
 * waited for: the times the background keeps are moved back, as a minute going by would.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message, moveArrivalsBackIn, readNudgesIn, waitUntil } from '../../scripts/chromium.mjs';
import { hasCard, listen, serve, startPuppeteer, type PuppeteerSession } from './puppeteer-chromium';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const HOUR = 60 * 60_000;

/** The cards that came on pages (the popup keeps its own idea of the day). */
async function pageCards(popup: Page): Promise<unknown[]> {
  return (await readNudgesIn(popup)).filter((nudge) => nudge.origin === 'page');
}

/** Whether the background has heard the mail tab go out of view. */
async function heardAway(popup: Page): Promise<boolean> {
  return popup.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<object> } } } }).chrome;
    return Object.keys(await storage.session.get(null)).some((key) => key.startsWith('away:'));
  });
}

describe('a mail tab kept open all day', () => {
  let session: PuppeteerSession;
  let popup: Page;

  beforeAll(async () => {
    session = await startPuppeteer({ mutedUntil: Date.now() + HOUR });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('gets no card while muted, and after Unmute a card when the person comes back to it a minute later, with no reload', async () => {
    popup = session.popup;
    const mail = await session.browser.newPage();
    await serve(mail, 'https://mail.google.com/', 'gmail.html');
    const said = listen(mail);
    await mail.goto(GMAIL);
    await waitUntil(() => said.includes('Small Hellos: no card this time (muted-today).'), { what: 'the muted moment' });
    expect(hasCard(mail)).toBe(false);
    // A mark on the page itself: a reload would lose it.
    await mail.evaluate(() => Object.assign(window, { keptOpen: true }));

    // Back to the popup: the mail tab goes out of view.
    await popup.bringToFront();
    await waitUntil(() => heardAway(popup), { what: 'the background to hear the mail tab go' });
    await popup.reload();
    await popup.locator(`::-p-aria([name="${message('en', 'unmute')}"][role="button"])`).click();
    await waitUntil(async () => !(await popup.evaluate(() => document.body.innerText)).includes(message('en', 'unmute')), { what: 'Unmute to be taken' });

    // A quick look at the mail and back: no card.
    await mail.bringToFront();
    await waitUntil(() => said.includes('Small Hellos: no card this time (same-moment).'), { what: 'the quick return to be answered' });
    expect(hasCard(mail)).toBe(false);
    expect(await pageCards(popup)).toEqual([]);

    // Away again, and back more than a minute later.
    await popup.bringToFront();
    await waitUntil(() => heardAway(popup), { what: 'the background to hear the mail tab go again' });
    await moveArrivalsBackIn(popup, 2);
    await mail.bringToFront();
    await waitUntil(() => hasCard(mail), { what: 'the card on coming back' });
    expect(await pageCards(popup)).toHaveLength(1);
    expect(await mail.evaluate(() => (window as unknown as { keptOpen?: boolean }).keptOpen)).toBe(true);
  });
});
