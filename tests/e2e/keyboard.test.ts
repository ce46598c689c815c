/**
 * The whole card with the keyboard alone: in by the shortcut, through the note, the
 * channels and the reflection, and back to where the person was when the card closes.
 * With reduced motion asked for, nothing in the card moves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import {
  SITE,
  cardText,
  distinctiveLines,
  ensureWrittenIdea,
  expectPageCannotRead,
  message,
  moveNudgesBack,
  startBrowser,
  waitForCardGone,
  waitForVisibleCard,
  waitUntil,
  type Session,
} from './helpers';

/**
 * The "go to the card, and back" shortcut (Alt+Shift+J). Chromium lists it
 * (`commands.getAll`), but a key pressed through Playwright reaches the page, never the
 * browser's own shortcut handling, so `commands.onCommand` does not fire in a test. This
 * hands the content scripts exactly what the background's command handler sends
 * (src/background/keyboard.ts); tests/unit/background/keyboard.test.ts presses the
 * manifest's command into the background's own listener.
 */
async function pressFocusShortcut(browser: Session): Promise<void> {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('The extension has no service worker');
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Browser }).chrome;
    const tabs = await api.tabs.query({});
    await Promise.all(
      tabs.map((tab) => (tab.id === undefined ? undefined : api.tabs.sendMessage(tab.id, { smallHellosFocus: true }, { frameId: 0 }).catch(() => undefined))),
    );
  });
}

/** Every time the card's polite live region has said something new, in the card's frame. */
async function countAnnouncements(card: Frame): Promise<void> {
  await card.evaluate(() => {
    const region = document.querySelector('.visually-hidden[role="status"]');
    const said: string[] = [];
    if (region?.textContent) said.push(region.textContent);
    new MutationObserver(() => {
      if (region?.textContent) said.push(region.textContent);
    }).observe(region ?? document, { childList: true, characterData: true, subtree: true });
    (window as unknown as { announcements: string[] }).announcements = said;
  });
}

const announcements = (card: Frame) => card.evaluate(() => (window as unknown as { announcements: string[] }).announcements);

/** What has the keyboard in the card: its role and name, as a screen reader would say. */
function focusedInCard(card: Frame): Promise<string> {
  return card.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing';
    const label = element.getAttribute('aria-label') ?? (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null);
    return `${element.tagName.toLowerCase()}: ${(label ?? element.textContent ?? '').trim()}`;
  });
}

/** Presses Tab until the control named `name` has the keyboard. */
async function tabTo(page: Page, card: Frame, name: string): Promise<void> {
  for (let presses = 0; presses < 25; presses += 1) {
    if ((await focusedInCard(card)).endsWith(`: ${name}`)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}; the keyboard is on ${await focusedInCard(card)}`);
}

const pageFocus = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);

describe('the card with the keyboard alone', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('goes in and out by the shortcut, walks the whole note, and gives the keyboard back', async () => {
    const page = await browser.open(SITE.gmail);
    // The page has the keyboard (its search box has autofocus), and keeps it when the card comes.
    const card = await waitForVisibleCard(page);
    expect(await pageFocus(page)).toBe('Search mail');
    await ensureWrittenIdea(card);
    await page.getByRole('searchbox', { name: 'Search mail' }).focus();

    // Once, politely, with the key that reaches the card, and only inside the card's own
    // frame: nothing of it, or of the card, is anywhere in the page's document.
    const status = card.locator('.visually-hidden[role="status"]');
    await waitUntil(async () => (await status.innerText()).length > 0, { what: 'the announcement' });
    await countAnnouncements(card);
    const announcement = message('en', 'cardAnnouncement').replace('$SHORTCUT$', 'Alt+Shift+J');
    expect(await status.innerText()).toBe(announcement);
    expect((await status.getAttribute('aria-live')) ?? 'polite').toBe('polite');
    await expectPageCannotRead(page, [announcement, ...distinctiveLines(await cardText(card))]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('small idea');

    await pressFocusShortcut(browser);
    await waitUntil(async () => (await focusedInCard(card)) !== 'nothing', { what: 'the keyboard in the card' });
    expect(await focusedInCard(card)).toMatch(/^p: /);
    await pressFocusShortcut(browser);
    await waitUntil(async () => (await pageFocus(page)) === 'Search mail', { what: 'the keyboard back in the page' });

    await pressFocusShortcut(browser);
    await waitUntil(async () => (await focusedInCard(card)) !== 'nothing', { what: 'the keyboard in the card again' });
    await tabTo(page, card, 'Write it');
    await page.keyboard.press('Enter');
    await waitUntil(async () => (await focusedInCard(card)).startsWith('textarea'), { what: 'the note to take the keyboard' });
    await page.keyboard.press('End');
    await page.keyboard.type(' Written with the keyboard.');
    // Esc in the note keeps it.
    await page.keyboard.press('Escape');
    expect(await card.getByRole('textbox', { name: 'Your note', exact: true }).inputValue()).toContain('Written with the keyboard.');

    await tabTo(page, card, 'Copy');
    await page.keyboard.press('Enter');
    await card.getByText('Copied').waitFor();
    await tabTo(page, card, 'I sent it');
    await page.keyboard.press('Enter');
    await card.getByText('How do you feel now?').waitFor();
    await tabTo(page, card, 'Lighter');
    await page.keyboard.press('Space');
    await tabTo(page, card, 'Done');
    await page.keyboard.press('Enter');
    await card.getByText('Thank you for reaching out').waitFor();
    // Said once, at the start, whatever happened in the card since.
    expect(await announcements(card)).toEqual([announcement]);

    // The thanks stays until the person closes the card: Esc, and the keyboard goes back to the search box.
    await page.keyboard.press('Escape');
    await waitForCardGone(page);
    await waitUntil(async () => (await pageFocus(page)) === 'Search mail', { what: 'the keyboard back where it was' });
  });

  it('moves nothing in the card when the person asks for reduced motion', async () => {
    // The card above was an hour and a half ago.
    await moveNudgesBack(browser.context, browser.extensionId, 91);
    const page = await browser.open(SITE.outlook);
    const card = await waitForVisibleCard(page);
    /** The longest transition or animation on any control of the card, in seconds. */
    const longestMotion = () =>
      card.evaluate(() =>
        Math.max(
          ...[...document.querySelectorAll('button, a, input, textarea, [role="button"]')].flatMap((element) =>
            [getComputedStyle(element), getComputedStyle(element, '::before'), getComputedStyle(element, '::after')].flatMap((style) => [
              ...style.transitionDuration.split(',').map((value) => parseFloat(value) || 0),
              ...(style.animationName === 'none' ? [] : style.animationDuration.split(',').map((value) => parseFloat(value) || 0)),
            ]),
          ),
        ),
      );
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await longestMotion(), 'the card has motion to switch off').toBeGreaterThan(0);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await longestMotion()).toBe(0);
  });
});
