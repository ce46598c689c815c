/**
 * An idea that felt heavier stays away for two weeks, and then does not open a day: over
 * the weeks, as a person meets it in their inbox. Weeks pass by moving the stored history back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE, ensureWrittenIdea, expectNoCard, message, startBrowser, waitForVisibleCard, type Session } from './helpers';
import { DAY_MINUTES, everyIdeaOn, ideaOn, laterOn, okayDayAnyPace } from './ideas-support';

describe('an idea that felt heavier', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
    await okayDayAnyPace(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is not offered again for two weeks, and then not as the first idea of a day', async () => {
    const gmail = await browser.open(SITE.gmail);
    let card = await waitForVisibleCard(gmail);
    await ideaOn(card);
    await ensureWrittenIdea(card);
    const heavy = await ideaOn(card);
    await card.getByRole('button', { name: 'Write it', exact: true }).click();
    await card.getByRole('button', { name: 'I sent it', exact: true }).click();
    await card.getByRole('button', { name: 'Heavier', exact: true }).click();
    await card.getByRole('button', { name: 'Done', exact: true }).click();
    await card.getByText(message('en', 'heavierAnswer')).waitFor();

    // Outlook is open too; no card comes straight after a Heavier (its answer is in before time moves on).
    const outlook = await browser.open(SITE.outlook);
    await expectNoCard(outlook);
    const offered: string[] = [];
    let daysPassed = 0;
    // Every other day until two weeks have passed: the day's first card, then one half an
    // hour later on Outlook, each with every other idea it has.
    for (const day of [2, 4, 6, 8, 10, 12, 13]) {
      card = await laterOn(browser, gmail, (day - daysPassed) * DAY_MINUTES);
      daysPassed = day;
      offered.push(...(await everyIdeaOn(card)));
      card = await laterOn(browser, outlook, 31);
      offered.push(...(await everyIdeaOn(card)));
    }
    expect(offered.length).toBeGreaterThan(40);
    expect(offered, `${heavy} came back within two weeks`).not.toContain(heavy);

    for (const day of [14, 15, 16, 17]) {
      card = await laterOn(browser, gmail, (day - daysPassed) * DAY_MINUTES);
      daysPassed = day;
      expect(await everyIdeaOn(card), `${heavy} opened day ${day}`).not.toContain(heavy);
    }
  }, 300_000);
});
