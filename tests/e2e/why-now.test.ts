/**
 * Why this? on a card also says what was learned of the moment it came: nothing yet on a
 * fresh start, and, from a history where cards on email were often taken up, that this
 * person often writes a hello in their email at this part of the week and day.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message, moveNudgesBack, pastEnergyQuestion, readNudges } from '../../scripts/chromium.mjs';
import { momentContext } from '../../src/core/moment-context';
import { SITE, startBrowser, waitForVisibleCard, type Session } from './helpers';

const DAY_STARTS_AT_MINUTES = 4 * 60;

/**
 * A learned state as if, over past weeks, cards on email were taken up six times in eight at
 * every part of the week and day, and nowhere else was ever tried. Written the way the
 * extension keeps it: one row in the `learning` store.
 */
async function seedEmailHabit(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const now = Date.now();
    const outcomes: Record<string, { yes: number; no: number }> = {};
    for (const week of ['weekday', 'weekend'])
      for (const part of ['morning', 'afternoon', 'evening', 'night']) outcomes[`email|${week}|${part}`] = { yes: 6, no: 2 };
    const state = {
      version: 1,
      learnedThrough: now,
      receptivity: { at: now, outcomes, withEnergy: {}, moments: {}, days: { weekday: 20, weekend: 8 }, lastDay: '' },
      ideas: { at: 0, kinds: {}, all: { yes: 0, no: 0 } },
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('small-hellos');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const write = db.transaction('learning', 'readwrite').objectStore('learning').put({ key: 'learning', state });
      write.onsuccess = resolve;
      write.onerror = () => reject(write.error);
    });
    db.close();
  });
}

async function whyThis(page: Page): Promise<string> {
  const card = await waitForVisibleCard(page);
  await pastEnergyQuestion(card);
  await card.getByRole('button', { name: 'Menu', exact: true }).click();
  await card.getByRole('button', { name: 'Why this?', exact: true }).click();
  return card.locator('.why__reason').innerText();
}

describe('Why this? on a card, from what was learned', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('says it is still learning at first, and names the habit once cards on email were often taken up', async () => {
    const first = await browser.open(SITE.gmail);
    expect(await whyThis(first)).toBe(message('en', 'whyNowLearning'));

    const settings = await browser.context.newPage();
    await settings.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
    await seedEmailHabit(settings);
    // Past the first card's cooldown, so that the next email moment may have a card.
    await moveNudgesBack(browser.context, browser.extensionId, 120);

    const outlook = await browser.open(SITE.outlook);
    const reason = await whyThis(outlook);
    const card = (await readNudges(browser.context, browser.extensionId)).find((nudge) => nudge.site === 'outlook');
    expect(card, 'the Outlook card is kept').toBeDefined();
    const { weekPart, dayPart } = momentContext('email', card?.shownAt ?? 0, undefined, DAY_STARTS_AT_MINUTES);
    const when = message('en', `whyNowWhen_${weekPart}_${dayPart}`);
    expect(reason).toBe(message('en', 'whyNowOften').replace('$MOMENT$', `${message('en', 'whyNowWhere_email')} ${when}`));
  });
});
