/**
 * The card's trust guarantees in Firefox, which has no IntersectionObserver v2: the page
 * hears nothing, and a click on a card the page covered with a top-layer box does nothing.
 * (What Firefox cannot catch is written down in docs/architecture.md.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { firefoxMissingReason } from '../../scripts/ensure-firefox.mjs';
import {
  ALL_DAY,
  clickInCard,
  ensureWrittenIdea,
  launchFirefoxWithExtension,
  serveFixtures,
  setSettings,
  waitForCard,
  waitUntil,
  type LaunchedFirefox,
} from '../../scripts/firefox.mjs';

const missing = firefoxMissingReason();
if (missing) console.warn(`Skipping the Firefox trust test: ${missing}`);

const cardText = (card: Frame) => card.evaluate(() => document.body.innerText);

describe.skipIf(missing)('the card on a page that works against it, in Firefox', () => {
  let firefox: LaunchedFirefox;
  let page: Page;
  let card: Frame;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    await setSettings(firefox.browser, ALL_DAY);
    page = await firefox.browser.newPage();
    await serveFixtures(page, { fixtures: { 'mail.google.com': 'gmail-adversary.html' } });
    await page.goto('https://mail.google.com/mail/u/0/?decoy&listen');
    card = await waitForCard(page);
    await ensureWrittenIdea(page, card);
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('does nothing on a click the page steered through a top-layer box, says so, and acts once uncovered', async () => {
    await page.evaluate(() => (window as unknown as { __cover(): void }).__cover());
    await clickInCard(page, card, 'button', 'Low energy today');
    await waitUntil(async () => (await cardText(card)).includes('Something on this page is in front of this card'), { what: 'the covered notice' });
    expect(await cardText(card)).not.toContain('Resting today');

    await page.evaluate(() => document.querySelector('[popover]')?.remove());
    // The page-side check runs every 200 ms; a click counts after half a second in view.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await clickInCard(page, card, 'button', 'Low energy today');
    await waitUntil(async () => (await cardText(card)).includes('Resting today'), { what: 'the card to rest' });
  });

  it('let the page hear nothing of it', async () => {
    const heard = await page.evaluate(() => (window as unknown as { __adversary: { heard: unknown[] } }).__adversary.heard);
    expect(heard).toEqual([]);
  });
});
