/**
 * "Gone" means the card stays gone: no instant of absence counts, only an absence that holds
 * past a later turn of the page. The page's own side keeps the record, as any script of the
 * page could: a MutationObserver in the page's world writes down every element put on
 * <html> besides its head and body (where the card's host lives, and nothing of the page).
 */
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { cardFrame, inAnyLanguage, waitUntil } from '../../scripts/chromium.mjs';

/** Where the page-side record lives: a name no fixture uses. */
const RECORD = '__testHtmlArrivals';

/** Starts the page-side record of elements put on <html>, once per document. */
export async function watchHtml(page: Page): Promise<void> {
  await page.evaluate((name) => {
    const holder = window as unknown as Record<string, string[] | undefined>;
    if (holder[name]) return;
    const arrivals: string[] = (holder[name] = []);
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (node instanceof Element && node !== document.head && node !== document.body) arrivals.push(node.localName);
        }
      }
    }).observe(document.documentElement, { childList: true });
  }, RECORD);
}

/** Every element put on <html> since `watchHtml`, by tag, oldest first. */
export async function htmlArrivals(page: Page): Promise<string[]> {
  return page.evaluate((name) => [...((window as unknown as Record<string, string[] | undefined>)[name] ?? [])], RECORD);
}

/** What is on <html> now besides its head and body, by tag. */
export async function foreignOnHtml(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.documentElement.children].filter((child) => child !== document.head && child !== document.body).map((child) => child.localName),
  );
}

/**
 * Waits for a later turn of the page: two frames drawn and a task run after them, so that
 * any answer of an observer to what just happened (a guard putting the card back, say) has
 * run, and anything it put on the page has been laid out.
 */
export async function laterTurn(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}

/**
 * Waits until the card has taken itself off the page, and holds that it stays off: past a
 * later turn of the page nothing has been put back on <html>.
 */
export async function waitForCardGone(page: Page, timeout = 6_000): Promise<void> {
  await watchHtml(page);
  await waitUntil(async () => !cardFrame(page) && (await foreignOnHtml(page)).length === 0, { timeout, what: `the card to leave ${page.url()}` });
  const arrived = (await htmlArrivals(page)).length;
  await laterTurn(page);
  expect(await foreignOnHtml(page), `something of the card came back on ${page.url()}`).toEqual([]);
  expect((await htmlArrivals(page)).slice(arrived), `something was put back on ${page.url()}`).toEqual([]);
  expect(cardFrame(page), `the card's frame came back on ${page.url()}`).toBeUndefined();
}

/**
 * Closes the card with its × (in whatever language it speaks) as a person would, and waits
 * until it has left the page. The click's own acknowledgement can be lost when its frame
 * goes away under it (Playwright then waits on a frame that is gone), so the card leaving is
 * what counts.
 */
export async function closeCard(page: Page, card: Frame): Promise<void> {
  const clicked = card
    .getByRole('button', { name: inAnyLanguage('close') })
    .click()
    .catch(() => undefined);
  await Promise.race([clicked.then(() => waitForCardGone(page)), waitForCardGone(page)]);
}

/** What the page can read of <html> and <body>: attributes, and custom properties in their computed style. */
export interface RootTraces {
  html: string[];
  body: string[];
  htmlProperties: string[];
  bodyProperties: string[];
}

/**
 * Runs in the page (Playwright's or Puppeteer's evaluate): every attribute of <html> and
 * <body>, and every custom property their computed style lists. The card's sheet defines one
 * on <html> while the card is there; nothing of ours may stay once it has gone.
 */
export function rootTraces(): RootTraces {
  const attributes = (element: Element) => [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`).sort();
  const properties = (element: Element) => [...getComputedStyle(element)].filter((name) => name.startsWith('--')).sort();
  return {
    html: attributes(document.documentElement),
    body: attributes(document.body),
    htmlProperties: properties(document.documentElement),
    bodyProperties: properties(document.body),
  };
}
