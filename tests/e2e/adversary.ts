/**
 * What the trust stories share: tests/fixtures/gmail-adversary.html, which does what a
 * careless or hostile page does, and ways to look at the card as the person would.
 */
import type { Frame, Page } from 'playwright-core';
import { cardBox, waitUntil } from './helpers';

export const COVERED = 'This page is covering this card or changing how it looks';

export interface Adversary {
  removed: number;
  restyled: number;
  heard: { origin: string; data: string }[];
}

/** What the adversary page has seen so far. */
export function adversary(page: Page): Promise<Adversary> {
  return page.evaluate(() => (window as unknown as { __adversary: Adversary }).__adversary);
}

/** The page lays its see-through top-layer box over the card (`?decoy`). */
export async function coverCard(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __cover(): void }).__cover());
}

/** The page hides its top-layer box again. */
export async function uncoverCard(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector<HTMLElement>('[popover]')?.hidePopover());
}

/**
 * Waits until the card itself says it is covered, or in plain view long enough for a click
 * to count (`data-seen` on the card, in its own frame): what its clicks go by.
 */
export async function waitForCardToSay(card: Frame, state: 'covered' | 'seen'): Promise<void> {
  await card.locator(`section[data-seen="${state}"]`).waitFor();
}

/** Waits until the card has stopped growing, so that a button stays where it was found. */
export async function waitForSteadyCard(card: Frame): Promise<void> {
  let last = -1;
  await waitUntil(
    async () => {
      const { height } = await cardBox(card);
      const steady = height === last;
      last = height;
      return steady;
    },
    { interval: 100, what: 'the card to settle' },
  );
}

/** A real mouse click at the middle of a card button, wherever the page let it land. */
export async function mouseClick(page: Page, card: Frame, name: string): Promise<void> {
  const box = await card.getByRole('button', { name, exact: true }).boundingBox();
  if (!box) throw new Error(`The card has no ${name} button on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
