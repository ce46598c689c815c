/**
 * The whole card with the keyboard alone: in by the shortcut, through the note, the
 * channels and the reflection, and back to where the person was when the card closes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { SITE, ensureWrittenIdea, startBrowser, waitForCardGone, waitForVisibleCard, waitUntil, type Session } from './helpers';

/**
 * The "go to the card, and back" shortcut (Alt+Shift+J). A headless browser does not route
 * extension shortcuts, so this hands the content scripts exactly what the background's
 * command handler sends (src/background/keyboard.ts).
 */
async function pressFocusShortcut(browser: Session): Promise<void> {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('The extension has no service worker');
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Browser }).chrome;
    const tabs = await api.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : api.tabs.sendMessage(tab.id, { smallHellosFocus: true }, { frameId: 0 }).catch(() => undefined))));
  });
}

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

    // Once, politely, and only inside the card's own frame: the page holds none of it.
    await waitUntil(async () => (await card.locator('.visually-hidden[role="status"]').innerText()).length > 0, { what: 'the announcement' });
    expect(await card.locator('.visually-hidden[role="status"]').innerText()).toMatch(/^Small Hellos has a small idea for you/);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('small idea');

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

    // The card closes by itself; the keyboard goes back to the search box.
    await waitForCardGone(page);
    await waitUntil(async () => (await pageFocus(page)) === 'Search mail', { what: 'the keyboard back where it was' });
  });
});
