/**
 * The card's trust guarantees in Firefox, which has no IntersectionObserver v2: the page
 * hears nothing, a click on a card the page covered with a top-layer box does nothing, and
 * a card leaves when the add-on does. (What Firefox cannot catch is written down in
 * docs/architecture.md.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { firefoxMissingReason } from '../../scripts/ensure-firefox.mjs';
import {
  ALL_DAY,
  cardBox,
  clickInCard,
  ensureWrittenIdea,
  launchFirefoxWithExtension,
  moveNudgesBack,
  reloadAddon,
  serveFixtures,
  setSettings,
  switchAddon,
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
    await waitUntil(async () => (await cardText(card)).includes('This page is covering this card or changing how it looks'), { what: 'the covered notice' });
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

describe.skipIf(missing)('a card when the add-on goes, in Firefox', () => {
  let firefox: LaunchedFirefox;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    // One card on each of three sites, one after another.
    await setSettings(firefox.browser, { ...ALL_DAY, dailyCap: 3 });
  });

  afterAll(async () => {
    await firefox?.close();
  });

  /** A card on `url`, after the one before it is an hour and a half in the past. */
  async function openCard(url: string): Promise<Page> {
    await moveNudgesBack(firefox.browser, 91);
    const page = await firefox.browser.newPage();
    await serveFixtures(page, { fixtures: { 'mail.google.com': 'gmail.html', 'outlook.live.com': 'outlook.html', 'www.reddit.com': 'reddit.html' } });
    await page.goto(url);
    await waitForCard(page);
    return page;
  }

  /** Firefox stops the content script without a word; the card must leave all the same. */
  async function expectCardGoneWithinASecond(page: Page): Promise<void> {
    await waitUntil(async () => ((await cardBox(page))?.height ?? 0) === 0, { timeout: 1_000, what: 'the card to leave' });
    const hit = await page.evaluate(() => document.elementFromPoint(window.innerWidth - 100, window.innerHeight - 100)?.localName);
    expect(hit, 'what is under the mouse where the card was').not.toContain('-');
  }

  it('leaves within a second when the add-on is switched off in the add-ons manager', async () => {
    const page = await openCard('https://mail.google.com/mail/u/0/');
    await switchAddon(firefox.browser, firefox.addonId, false);
    await expectCardGoneWithinASecond(page);
    await page.close();
    await switchAddon(firefox.browser, firefox.addonId, true);
  });

  it('leaves within a second when the add-on is reloaded', async () => {
    const page = await openCard('https://outlook.live.com/mail/0/');
    await reloadAddon(firefox.browser);
    await expectCardGoneWithinASecond(page);
    await page.close();
  });

  it('leaves within a second when the add-on is removed', async () => {
    const page = await openCard('https://www.reddit.com/');
    await firefox.browser.uninstallExtension(firefox.addonId);
    await expectCardGoneWithinASecond(page);
  });
});
