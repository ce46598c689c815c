/**
 * The card fits any window and either corner, on tests/fixtures/gmail-adversary.html, and
 * closes at once when the person rests from the popup.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { MAX_OTHER_IDEAS } from '../../src/core/nudge';
import { offersKindReply } from '../../src/core/templates';
import {
  addPerson,
  askAnotherIdea,
  pastEnergyQuestion,
  startWriting,
  SITE,
  cardBox,
  closeCard,
  moveNudgesBack,
  readNudges,
  setSettings,
  startBrowser,
  waitForCardGone,
  waitForVisibleCard,
  waitUntil,
  type Session,
} from './helpers';
import { waitForSteadyCard } from './adversary';

describe('the card in small windows and either corner', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser({ fixtures: { 'mail.google.com': 'gmail-adversary.html' } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    // Each story gets a fresh day's card: earlier ones belong to two days ago.
    await moveNudgesBack(browser.context, browser.extensionId, 2 * 24 * 60);
    await setSettings(browser.context, browser.extensionId, { mutedUntil: 0, snoozedUntil: 0, cardCorners: {} });
  });

  /**
   * A card on Gmail, in a window `height` px high, whose idea offers Help me reply kindly.
   * The ideas come at random and a card offers three others at most: when none of a card's
   * offers it, that card is closed and the next day's is asked for.
   */
  async function cardOfferingKindReply(height: number): Promise<{ page: Page; card: Frame }> {
    const latest = async () => (await readNudges(browser.context, browser.extensionId)).at(-1);
    for (let cards = 0; cards < 5; cards += 1) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height });
      await page.goto(SITE.gmail);
      const card = await waitForVisibleCard(page);
      await pastEnergyQuestion(card);
      for (
        let idea = await latest();
        idea && !offersKindReply(idea.suggestion.templateId) && (idea.tried?.templateIds.length ?? 0) < MAX_OTHER_IDEAS;
        idea = await latest()
      ) {
        await askAnotherIdea(card);
      }
      const idea = await latest();
      if (idea && offersKindReply(idea.suggestion.templateId)) return { page, card };
      await closeCard(page, card);
      await page.close();
      await moveNudgesBack(browser.context, browser.extensionId, 2 * 24 * 60);
    }
    throw new Error('No card offered an idea with Help me reply kindly in five days');
  }

  it('keeps its header and close button in a 560 px high window with Help me reply kindly open, also when scrolled', async () => {
    // Someone whose "first week at the new job" has just begun: a note asking how it went,
    // where Help me reply kindly is offered.
    const yesterday = new Date(Date.now() - 24 * 60 * 60_000).toLocaleDateString('en-CA');
    await addPerson(browser, {
      name: 'Maya Lind',
      email: 'maya@example.com',
      detail: 'your first week at the new job',
      kind: 'Something coming up',
      day: yesterday,
    });
    const height = 560;
    const { page, card } = await cardOfferingKindReply(height);
    await startWriting(card);
    await card.getByRole('button', { name: 'Help me reply kindly', exact: true }).click();
    await card.getByRole('textbox', { name: '3. One gentle question', exact: true }).waitFor();
    await waitForSteadyCard(card);

    const heading = card.getByRole('heading', { name: 'A small hello', exact: true });
    const close = card.getByRole('button', { name: 'Close', exact: true });
    const onScreen = async () => {
      for (const control of [heading, close]) {
        const box = await control.boundingBox();
        if (!box || box.y < 0 || box.y + box.height > height) return false;
      }
      return true;
    };
    const frame = await cardBox(card);
    expect(frame.y, 'the card’s top').toBeGreaterThanOrEqual(0);
    expect(frame.y + frame.height, 'the card’s bottom').toBeLessThanOrEqual(height);
    expect(await onScreen(), 'header and close button').toBe(true);

    // The body scrolls to its last button; the header stays where it was.
    const sent = card.getByRole('button', { name: 'I sent it', exact: true });
    await sent.scrollIntoViewIfNeeded();
    const box = await sent.boundingBox();
    expect(box !== null && box.y >= 0 && box.y + box.height <= height, 'I sent it, scrolled to').toBe(true);
    expect(await card.locator('.card__body').evaluate((body) => body.scrollTop)).toBeGreaterThan(0);
    expect(await onScreen(), 'header and close button after scrolling').toBe(true);
    await close.click();
    await waitForCardGone(page);
    await page.close();
  });

  it('stays inside a short window, close button and all, with its body scrolling', async () => {
    for (const height of [420, 280]) {
      await moveNudgesBack(browser.context, browser.extensionId, 2 * 24 * 60);
      const page = await browser.context.newPage();
      // 280 px is a 560 px window at 200 % zoom.
      await page.setViewportSize({ width: height === 280 ? 640 : 1280, height });
      await page.goto(SITE.gmail);
      const card = await waitForVisibleCard(page);
      await startWriting(card);
      const close = card.getByRole('button', { name: 'Close', exact: true });
      const sent = card.getByRole('button', { name: 'I sent it', exact: true });
      await sent.waitFor();
      const inWindow = async () => {
        const box = await close.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= height;
      };
      await waitUntil(async () => (await cardBox(card)).height > 150, { what: 'the card to grow for the draft' });
      expect(await inWindow(), `close button in a ${height} px window`).toBe(true);
      const frame = await cardBox(card);
      expect(frame.y).toBeGreaterThanOrEqual(0);
      expect(frame.y + frame.height).toBeLessThanOrEqual(height);

      // The last button is reached by scrolling inside the card; the header stays put.
      await sent.scrollIntoViewIfNeeded();
      const box = await sent.boundingBox();
      expect(box && box.y + box.height <= height).toBe(true);
      expect(await inWindow(), `close button after scrolling in a ${height} px window`).toBe(true);
      await close.click();
      await waitForCardGone(page);
      await page.close();
    }
  });

  it('moves to the other corner from its menu, and stays there on that site', async () => {
    const page = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(page);
    expect((await cardBox(card)).x).toBeGreaterThan(600);
    await pastEnergyQuestion(card);
    await card.getByRole('button', { name: 'Menu', exact: true }).click();
    await card.getByRole('button', { name: 'Move to the left corner', exact: true }).click();
    await waitUntil(async () => (await cardBox(card)).x < 40, { what: 'the card to move left' });
    await closeCard(page, card);

    await moveNudgesBack(browser.context, browser.extensionId, 2 * 24 * 60);
    await page.reload();
    const again = await waitForVisibleCard(page);
    expect((await cardBox(again)).x).toBeLessThan(40);
    await pastEnergyQuestion(again);
    await again.getByRole('button', { name: 'Menu', exact: true }).click();
    await again.getByRole('button', { name: 'Move to the right corner', exact: true }).waitFor();
    await closeCard(page, again);

    // Another site keeps the usual corner.
    await moveNudgesBack(browser.context, browser.extensionId, 2 * 24 * 60);
    const outlook = await browser.open(SITE.outlook);
    expect((await cardBox(await waitForVisibleCard(outlook))).x).toBeGreaterThan(600);
  });

  it('closes at once when the person chooses Low energy today in the popup', async () => {
    const page = await browser.open(SITE.gmail);
    await waitForVisibleCard(page);
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Low energy today', exact: true }).click();
    await popup.getByText('Resting today').waitFor();
    await waitForCardGone(page, 2_000);
  });
});
