/**
 * The card's trust guarantees in Firefox, which has no IntersectionObserver v2: the page
 * hears nothing, a click on a card the page covered with a top-layer box does nothing, and
 * the card comes back to life once the box is hidden; the card asks the page nothing while
 * nobody is at it; it leaves nothing of the add-on on the page once gone; and it leaves when
 * the add-on does. (What Firefox cannot catch is written down in docs/architecture.md.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { cardAsks, countCardAsks } from '../../scripts/card-asks.mjs';
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
import { rootTraces, type RootTraces } from '../e2e/card-gone';

const missing = firefoxMissingReason();
if (missing) console.warn(`Skipping the Firefox trust test: ${missing}`);

const COVERED = 'This page is covering this card or changing how it looks';
const cardText = (card: Frame) => card.evaluate(() => document.body.innerText);

describe.skipIf(missing)('the card on a page that works against it, in Firefox', () => {
  let firefox: LaunchedFirefox;
  let page: Page;
  let card: Frame;
  /** The custom property the card's sheet defines, read from its host while it is there. */
  let displayBy: string;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    await setSettings(firefox.browser, ALL_DAY);
    page = await firefox.browser.newPage();
    await serveFixtures(page, { fixtures: { 'mail.google.com': 'gmail-adversary.html' } });
    // The page as served, before the content script runs (at document_idle, after this).
    await page.evaluateOnNewDocument(`document.addEventListener('DOMContentLoaded', () => { window.__asServed = (${rootTraces.toString()})(); });`);
    await page.goto('https://mail.google.com/mail/u/0/?decoy&listen');
    card = await waitForCard(page);
    displayBy = await page.evaluate(() => {
      const host = [...document.documentElement.children].find((child) => child.localName.includes('-')) as HTMLElement | undefined;
      return /var\((--[a-z]+),/.exec(host?.style.getPropertyValue('display') ?? '')?.[1] ?? '';
    });
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('asks the page nothing while nobody is at the card, and begins once the pointer comes', async () => {
    await page.mouse.move(10, 10);
    await countCardAsks(card);
    // Thirty frames of the page's own (half a second or so): a card that watched all the time
    // would have asked twice or more.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          let frames = 0;
          const next = () => (++frames >= 30 ? resolve(frames) : requestAnimationFrame(next));
          requestAnimationFrame(next);
        }),
    );
    expect((await cardAsks(card)).asks).toBe(0);

    const box = await cardBox(page);
    if (!box) throw new Error('The card has left the page');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await waitUntil(async () => (await cardAsks(card)).asks > 0, { what: 'the card to ask once the pointer came' });
  });

  it('does nothing on a click the page steered through a top-layer box, says so, and comes back to life once the box is hidden', async () => {
    await ensureWrittenIdea(page, card);
    await page.evaluate(() => (window as unknown as { __cover(): void }).__cover());
    await clickInCard(page, card, 'button', 'Low energy today');
    await waitUntil(async () => (await cardText(card)).includes(COVERED), { what: 'the covered notice' });
    expect(await cardText(card)).not.toContain('Resting today');

    // The page hides its box; the pointer stays on the card, which looks again and again.
    await page.evaluate(() => document.querySelector<HTMLElement>('[popover]')?.hidePopover());
    await waitUntil(async () => !(await cardText(card)).includes(COVERED), { what: 'the notice to go once the card is in plain view' });
    await clickInCard(page, card, 'button', 'Low energy today');
    await waitUntil(async () => (await cardText(card)).includes('Resting today'), { what: 'the card to rest' });
  });

  it('leaves nothing of the add-on on <html> or <body> once it has gone, its sheet taken away', async () => {
    expect(displayBy, 'the card shown by its sheet').not.toBe('');
    // The resting card closes by itself a moment after its calm line.
    await waitUntil(async () => (await cardBox(page)) === undefined, { what: 'the card to leave' });
    const onHtml = () => page.evaluate((name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim(), displayBy);
    await waitUntil(async () => (await onHtml()) === '', { what: 'the card’s sheet to go' });
    const asServed = await page.evaluate(() => (window as unknown as { __asServed: RootTraces }).__asServed);
    expect(await page.evaluate(rootTraces)).toEqual(asServed);
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
