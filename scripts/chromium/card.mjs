/** The card in a page, and what a person does on it: find it, wait until it is read, get past the energy question, write. */
/* global ShadowRoot -- used only in functions that run in the browser (evaluate) */
import { inAnyLanguage } from './locales.mjs';
import { CARD_PATH } from './paths.mjs';
import { waitUntil } from './wait.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Frame} Frame */

/**
 * The card's frame in `page`, if one is showing. The frame sits in a closed shadow root,
 * out of reach of CSS locators, but Playwright lists it among the page's frames.
 *
 * @param {Page} page
 * @returns {Frame | undefined}
 */
export function cardFrame(page) {
  return page.frames().find((frame) => frame.url().startsWith('chrome-extension://') && frame.url().includes(CARD_PATH));
}

/**
 * The card's outer box in the page: the host element the content script added, which the
 * card sizes to fit (it stays 0 px tall until the card reports its height).
 *
 * @param {Frame} card
 * @returns {Promise<{ x: number, y: number, width: number, height: number }>}
 */
export async function cardBox(card) {
  const frameElement = await card.frameElement();
  return frameElement.evaluate((frame) => {
    const root = frame.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : /** @type {Element} */ (frame);
    const { x, y, width, height } = host.getBoundingClientRect();
    return { x, y, width, height };
  });
}

/**
 * Waits until a card is showing in `page` as a person would see it: its close button
 * visible and its box on the page at its height. Returns the card's frame.
 *
 * @param {Page} page
 * @param {{ timeout?: number, reading?: boolean }} [options] `reading: false` returns as soon
 *   as the card is visible, for measuring; clicks may not count yet.
 * @returns {Promise<Frame>}
 */
export async function waitForCard(page, { timeout = 5_000, reading = true } = {}) {
  const deadline = Date.now() + timeout;
  const remaining = () => Math.max(deadline - Date.now(), 1);
  const card = await waitUntil(() => cardFrame(page), { timeout, what: `a card in ${page.url()}` });
  // Today's energy asked, a note to write, or an idea away from the screen: the card's × is on each.
  await card.getByRole('button', { name: inAnyLanguage('close') }).waitFor({ state: 'visible', timeout: remaining() });
  await waitUntil(async () => (await cardBox(card)).height > 40, {
    timeout: remaining(),
    what: 'the card to take its height on the page',
  });
  // A click counts only once the card has been in plain view for a moment (SEEN_FOR_MS in
  // src/ui/nudge/seen-tracker.ts), as it would have been for any person reading it; the card
  // says when it has (`data-seen` on the card, in its own frame).
  if (reading) await card.locator('[data-seen="seen"]').waitFor({ timeout: 10_000 });
  return card;
}

/**
 * The idea on the card (or in the popup), past today's energy question if the first card
 * of the day asks it: the person would rather not say.
 *
 * @param {Frame | Page} card
 */
export async function pastEnergyQuestion(card) {
  const idea = card.getByRole('button', { name: inAnyLanguage('writeIt', 'iDidIt', 'energySkip') }).first();
  await idea.waitFor({ state: 'visible' });
  const skip = card.getByRole('button', { name: inAnyLanguage('energySkip') });
  if (await skip.isVisible()) {
    await skip.click();
    await card
      .getByRole('button', { name: inAnyLanguage('writeIt', 'iDidIt') })
      .first()
      .waitFor({ state: 'visible' });
  }
}

/**
 * Another idea, as a person asks for it: on the card from its menu, in the popup in place.
 * Waits until the idea has changed.
 *
 * @param {Frame | Page} card
 */
export async function askAnotherIdea(card) {
  const prompt = card.locator('.card__prompt, .suggestion__prompt');
  const before = await prompt.innerText();
  const another = card.getByRole('button', { name: inAnyLanguage('anotherIdea') });
  if (!(await another.isVisible())) await card.getByRole('button', { name: inAnyLanguage('cardMenu') }).click();
  // Opening the menu is never held back, but choosing in it counts only while the card is in
  // plain view (a busy machine can keep a frame's visibility unknown for a moment): as a
  // person would, the choice is pressed once the card says it is seen. The popup has no such gate.
  if (await card.locator('[data-seen]').count()) await card.locator('[data-seen="seen"]').waitFor({ timeout: 10_000 });
  await another.click();
  await waitUntil(async () => (await prompt.innerText()) !== before, { what: 'another idea' });
}

/**
 * Makes sure the card (or the popup) offers a note to write: an idea away from the screen
 * (a hello to a neighbour) has none, so Another idea is asked, as a person wanting to
 * write would.
 *
 * @param {Frame | Page} card
 */
export async function ensureWrittenIdea(card) {
  await pastEnergyQuestion(card);
  for (let tries = 0; tries < 3; tries += 1) {
    if (await card.getByRole('button', { name: inAnyLanguage('writeIt') }).isVisible()) return;
    await askAnotherIdea(card);
  }
  await card.getByRole('button', { name: inAnyLanguage('writeIt') }).waitFor({ state: 'visible' });
}

/**
 * Write it, on a card (or the popup) that offers a note to write.
 *
 * @param {Frame | Page} card
 */
export async function startWriting(card) {
  await ensureWrittenIdea(card);
  await card.getByRole('button', { name: inAnyLanguage('writeIt') }).click();
  // The card grows to hold the note (or, covered by the page, says the press did nothing),
  // and a busy machine can keep its new size's visibility unknown for a moment: as a person
  // reading the note field first would, the next press waits until the card says it is
  // seen again. The popup has no such gate.
  const note = card.getByRole('textbox', { name: inAnyLanguage('yourNote') });
  await note
    .or(card.getByText(inAnyLanguage('cardCovered')))
    .first()
    .waitFor();
  if ((await note.isVisible()) && (await card.locator('[data-seen]').count())) await card.locator('[data-seen="seen"]').waitFor({ timeout: 10_000 });
}
