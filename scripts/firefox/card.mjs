/**
 * The card in Firefox, as the e2e stories find and use it: its frame and box on the page,
 * waiting for it, and clicks with the mouse at a control's place. Re-exported by
 * scripts/firefox.mjs.
 */
/* global document, location -- used only in functions that run in the browser (evaluate) */
import { CARD_PATH, waitUntil } from '../chromium.mjs';
import { EXTENSION_ORIGIN } from '../firefox.mjs';

/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('puppeteer-core').Frame} Frame */

/**
 * The card's frame in `page`, if one is showing. Puppeteer reports an extension frame's URL
 * as about:blank in Firefox, so each frame is asked for its own address.
 *
 * @param {Page} page
 * @returns {Promise<Frame | undefined>}
 */
export async function cardFrame(page) {
  for (const frame of page.mainFrame().childFrames()) {
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(`${EXTENSION_ORIGIN}${CARD_PATH}`)) return frame;
  }
  return undefined;
}

/**
 * The card's outer box in the page: the host element the content script added to the
 * document (a random custom tag; the frame itself sits in its closed shadow root).
 *
 * @param {Page} page
 * @returns {Promise<{ x: number, y: number, width: number, height: number } | undefined>}
 */
export async function cardBox(page) {
  return page.evaluate(() => {
    const host = [...document.documentElement.children].find((element) => element.localName.includes('-'));
    if (!host) return undefined;
    const { x, y, width, height } = host.getBoundingClientRect();
    return { x, y, width, height };
  });
}

/**
 * Puppeteer's ARIA selector: the element with this role and accessible name.
 *
 * @param {string} role
 * @param {string} name
 */
export function byRole(role, name) {
  return `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
}

/**
 * Waits until a card is showing in `page` as a person would see it: its close button
 * there, and its box on the page at its height. (Whether a click counts, the card decides
 * once the person is at it: `clickInCard` waits for that.) Returns the card's frame.
 *
 * @param {Page} page
 * @param {{ timeout?: number }} [options]
 * @returns {Promise<Frame>}
 */
export async function waitForCard(page, { timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout;
  const remaining = () => Math.max(deadline - Date.now(), 1);
  const card = await waitUntil(() => cardFrame(page), { timeout, what: `a card in ${page.url()}` });
  // Today's energy asked, a note to write, or an idea away from the screen: the card's × is on each.
  // (Polled from here: waitForFunction would need eval, which the card's policy forbids.)
  await waitUntil(() => card.evaluate(() => [...document.querySelectorAll('button')].some((button) => button.getAttribute('aria-label') === 'Close')), {
    timeout: remaining(),
    what: 'the card’s close button',
  });
  await waitUntil(async () => ((await cardBox(page))?.height ?? 0) > 40, {
    timeout: remaining(),
    what: 'the card to take its height on the page',
  });
  return card;
}

/**
 * Makes sure the card offers a note to write, past today's energy question if the card
 * asks it (the person would rather not say): an idea away from the screen has no note, so
 * Another idea is asked from the card's menu, as a person wanting to write would.
 *
 * @param {Page} page
 * @param {Frame} card
 */
export async function ensureWrittenIdea(page, card) {
  const hasButton = (/** @type {string} */ name) =>
    card.evaluate((wanted) => [...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === wanted), name);
  const promptText = () => card.evaluate(() => document.querySelector('.card__prompt')?.textContent ?? '');
  if (await hasButton('Rather not say')) {
    await clickInCard(page, card, 'button', 'Rather not say');
    await waitUntil(async () => (await promptText()) !== '', { what: 'the idea' });
  }
  for (let tries = 0; tries < 3 && !(await hasButton('Write it')); tries += 1) {
    const before = await promptText();
    await clickInCard(page, card, 'button', 'Menu');
    await clickInCard(page, card, 'button', 'Another idea');
    await waitUntil(async () => (await promptText()) !== before, { what: 'another idea' });
  }
}

/**
 * Clicks the control with this role and name in the card, with the mouse at its place on
 * the page, as a person would. Puppeteer cannot locate a frame in Firefox 140
 * (`browsingContext.locateNodes` has no `context` locator there), so the point is the
 * control's place in the card plus the card's place in the page.
 *
 * @param {Page} page
 * @param {Frame} card
 * @param {string} role
 * @param {string} name
 */
export async function clickInCard(page, card, role, name) {
  const point = await pointInCard(page, card, role, name);
  await page.mouse.move(point.x, point.y);
  await waitForCardToMakeUpItsMind(card);
  await page.mouse.click(point.x, point.y);
}

/**
 * Where on the page the middle of the card's control with this role and name is, scrolled
 * into the card's view first: its place in the card plus the card's place in the page.
 *
 * @param {Page} page
 * @param {Frame} card
 * @param {string} role
 * @param {string} name
 * @returns {Promise<{ x: number, y: number }>}
 */
export async function pointInCard(page, card, role, name) {
  const control = await card.waitForSelector(byRole(role, name), { visible: true });
  if (!control) throw new Error(`No ${role} named ${name} in the card`);
  const inCard = await control.evaluate((element) => {
    element.scrollIntoView({ block: 'nearest' });
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x: x + width / 2, y: y + height / 2 };
  });
  const box = await cardBox(page);
  if (!box) throw new Error('The card has left the page');
  return { x: box.x + inCard.x, y: box.y + inCard.y };
}

/**
 * In Firefox the card asks the page's side whether it is seen only while the person is at
 * it, and counts a click half a second after they came: with the pointer resting on the
 * control, this waits until the card says it is covered or in plain view long enough
 * (`data-seen` on the card, in its own frame), as a person's hand rests before a click.
 *
 * @param {Frame} card
 */
export async function waitForCardToMakeUpItsMind(card) {
  await waitUntil(() => card.evaluate(() => document.querySelector('[data-seen]')?.getAttribute('data-seen') !== 'not-yet'), {
    what: 'the card to tell whether it is seen',
  });
}
