/**
 * Small Hellos on a phone, as far as desktop Firefox ESR can be one: a 360 × 640 window, a
 * touch screen's media features, touch input (taps are touch pointers over WebDriver BiDi)
 * and Firefox for Android's user agent (scripts/firefox-phone.mjs). The card on a phone feed
 * with a fixed bottom bar, by taps from the idea to "I sent it"; its gate against a page's
 * decoy with taps; the card at the top when chosen; the popup and settings at phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { firefoxMissingReason } from '../../scripts/ensure-firefox.mjs';
import {
  ALL_DAY,
  POPUP_PATH,
  byRole,
  cardBox,
  moveNudgesBack,
  openExtensionPage,
  serveFixtures,
  setSettings,
  waitForCard,
  waitUntil,
  type LaunchedFirefox,
} from '../../scripts/firefox.mjs';
import { PHONE_VIEWPORT, launchFirefoxAsPhone, openAsPhone, sidewaysOverflow, tapInCard, tooSmallForFingers } from '../../scripts/firefox-phone.mjs';

const missing = firefoxMissingReason();
if (missing) console.warn(`Skipping the Firefox phone test: ${missing}`);

const FEED = 'https://m.facebook.com/';
const OPTIONS_PATH = '/src/ui/options/index.html';
const COVERED = 'This page is covering this card or changing how it looks';
const cardText = (card: Frame) => card.evaluate(() => document.body.innerText);
const hasButton = (card: Frame, name: string) =>
  card.evaluate((wanted) => [...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === wanted), name);

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.skipIf(missing)('Small Hellos in Firefox sized and touched like a phone', () => {
  let firefox: LaunchedFirefox;

  beforeAll(async () => {
    firefox = await launchFirefoxAsPhone();
    await setSettings(firefox.browser, { ...ALL_DAY, dailyCap: 5 });
  });

  afterAll(async () => {
    await firefox?.close();
  });

  /** A phone's tab on `url`, the site's fixture served there, with a card on it; the card before is an hour and a half in the past. */
  async function cardOnPhone(url: string, fixtures: Record<string, string>): Promise<{ page: Page; card: Frame }> {
    await moveNudgesBack(firefox.browser, 91);
    const page = await firefox.browser.newPage();
    await openAsPhone(page);
    await serveFixtures(page, { fixtures });
    await page.goto(url);
    return { page, card: await waitForCard(page) };
  }

  /** Past today's energy question and on to an idea with a note, by taps. */
  async function writtenIdeaByTaps(page: Page, card: Frame): Promise<void> {
    const promptText = () => card.evaluate(() => document.querySelector('.card__prompt')?.textContent ?? '');
    if (await hasButton(card, 'Rather not say')) {
      await tapInCard(page, card, 'button', 'Rather not say');
      await waitUntil(async () => (await promptText()) !== '', { what: 'the idea' });
    }
    for (let tries = 0; tries < 3 && !(await hasButton(card, 'Write it')); tries += 1) {
      const before = await promptText();
      await tapInCard(page, card, 'button', 'Menu');
      await tapInCard(page, card, 'button', 'Another idea');
      await waitUntil(async () => (await promptText()) !== before, { what: 'another idea' });
    }
  }

  it('is a phone to the page: its size, a coarse pointer without hover, and Firefox for Android’s user agent', async () => {
    const page = await firefox.browser.newPage();
    await openAsPhone(page);
    await page.goto('about:blank');
    const seen = await page.evaluate(() => ({
      width: innerWidth,
      height: innerHeight,
      coarse: matchMedia('(pointer: coarse) and (hover: none)').matches,
      userAgent: navigator.userAgent,
    }));
    expect(seen).toMatchObject({ ...PHONE_VIEWPORT, coarse: true });
    expect(seen.userAgent).toMatch(/Android .*Mobile.*Firefox/);
    await page.close();
  });

  it('shows the card on a phone feed above its fixed bottom bar, big enough for fingers, and writes, copies and sends a note by taps', async () => {
    const { page, card } = await cardOnPhone(FEED, { 'm.facebook.com': 'phone-feed.html' });
    const bar = await page.evaluate(() => {
      const { x, y, width, height } = document.querySelector('nav')!.getBoundingClientRect();
      return { x, y, width, height };
    });
    const box = (await cardBox(page))!;
    expect(overlaps(box, bar), `card ${JSON.stringify(box)} over the bar ${JSON.stringify(bar)}`).toBe(false);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y);

    await writtenIdeaByTaps(page, card);
    expect(await tooSmallForFingers(card)).toEqual({ small: [], smallText: [] });

    await tapInCard(page, card, 'button', 'Write it');
    await card.waitForSelector(byRole('textbox', 'Your note'));
    expect(await tooSmallForFingers(card)).toEqual({ small: [], smallText: [] });
    expect(overlaps((await cardBox(page))!, bar), 'the taller card over the bar').toBe(false);

    await tapInCard(page, card, 'button', 'Copy');
    await tapInCard(page, card, 'button', 'I sent it');
    await tapInCard(page, card, 'button', 'Skip');
    await card.waitForSelector('::-p-text(Thank you for reaching out)');
    await page.close();
  });

  it('refuses a tap the page steers through a see-through box laid over the card, says so, and takes taps again once it is gone', async () => {
    const { page, card } = await cardOnPhone('https://mail.google.com/mail/u/0/?decoy', { 'mail.google.com': 'gmail-adversary.html' });
    await writtenIdeaByTaps(page, card);
    await page.evaluate(() => (window as unknown as { __cover(): void }).__cover());
    await tapInCard(page, card, 'button', 'Low energy today');
    await waitUntil(async () => (await cardText(card)).includes(COVERED), { what: 'the covered notice' });
    expect(await cardText(card)).not.toContain('Resting today');

    await page.evaluate(() => document.querySelector<HTMLElement>('[popover]')?.hidePopover());
    await waitUntil(async () => !(await cardText(card)).includes(COVERED), { what: 'the notice to go once the card is in plain view' });
    await tapInCard(page, card, 'button', 'Low energy today');
    await waitUntil(async () => (await cardText(card)).includes('Resting today'), { what: 'the card to rest' });
    await page.close();
    await setSettings(firefox.browser, { mutedUntil: 0 });
  });

  it('sits at the top of a phone’s screen when the person chose the top', async () => {
    // Chosen in the settings in tests/unit/ui/options/settings-sections.test.tsx.
    await setSettings(firefox.browser, { cardPlaceOnPhone: 'top' });
    // Another site: a site's moment comes once a day.
    const { page } = await cardOnPhone('https://mobile.x.com/home', { 'mobile.x.com': 'phone-feed.html' });
    const box = (await cardBox(page))!;
    expect(box.y).toBeLessThanOrEqual(8);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    await page.close();
  });

  it('shows the popup full screen and each part of the settings at phone width without sideways scrolling, big enough for fingers', async () => {
    const pages = [POPUP_PATH, ...['people', 'where', 'when', 'rituals', 'data', 'support'].map((part) => `${OPTIONS_PATH}#${part}`)];
    for (const path of pages) {
      // Already phone-sized (the launch's viewport); the touch override would reload it, and Firefox never reports an add-on page's load.
      const page = await openExtensionPage(firefox.browser, path);
      await page.waitForSelector(path === POPUP_PATH ? 'h1' : 'h2');
      expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBe(0);
      expect(await tooSmallForFingers(page), path).toEqual({ small: [], smallText: [] });
      await page.close();
    }
  });
});
