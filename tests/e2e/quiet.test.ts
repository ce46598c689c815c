import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SITE, expectNoCard, moveNudgesBack, pastEnergyQuestion, startBrowser, waitForCardGone, waitForVisibleCard, type Session } from './helpers';

/** Each story starts from a fresh profile: pacing depends on everything shown before. */
describe('keeping quiet when asked', () => {
  let browser: Session;

  beforeEach(async () => {
    browser = await startBrowser();
  });

  afterEach(async () => {
    await browser?.close();
  });

  it('after Not now, waits out the 90-minute cooldown before the next card', async () => {
    const gmail = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(gmail);
    await pastEnergyQuestion(card);
    await card
      .getByRole('button', { name: /^(Not now|Maybe later)$/ })
      .first()
      .click();
    await waitForCardGone(gmail);

    const outlook = await browser.open(SITE.outlook);
    expect(await expectNoCard(outlook)).toEqual(['cooldown']);

    // As if an hour and a half had passed since the Gmail card.
    expect(await moveNudgesBack(browser.context, browser.extensionId, 91)).toBe(1);
    await outlook.reload();
    await waitForVisibleCard(outlook);
  });

  it('after Low energy today on the card, shows no card anywhere, and the popup leads with rest until unmuted', async () => {
    const gmail = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(gmail);
    await pastEnergyQuestion(card);
    await card.getByRole('button', { name: 'Low energy today', exact: true }).click();
    await card.getByText('Resting today').waitFor();
    await waitForCardGone(gmail);
    // Past the cooldown, so only the rest can keep the cards away.
    await moveNudgesBack(browser.context, browser.extensionId, 91);

    const [outlook, x] = await Promise.all([browser.open(SITE.outlook), browser.open(SITE.x)]);
    await gmail.reload();
    expect(await expectNoCard(gmail, outlook, x)).toEqual(['muted-today', 'muted-today', 'muted-today']);

    // The popup leads with rest: no idea to act on, unless the person asks for one.
    const popup = await browser.openPopup();
    const first = popup.locator('main > section').first();
    await first.getByText('Today is for resting. Nothing more is asked of you.').waitFor();
    expect(await first.getByRole('heading').innerText()).toBe("Today's small hello");
    expect(await popup.getByRole('button', { name: /^(Write it|I did it)$/ }).count()).toBe(0);
    await popup.getByText('Resting today').waitFor();
    await popup.getByRole('button', { name: 'Show me an idea', exact: true }).click();
    await popup
      .getByRole('button', { name: /^(Write it|I did it)$/ })
      .first()
      .waitFor();
    await popup.getByRole('button', { name: 'Unmute', exact: true }).click();
    await expect.poll(() => popup.getByText('Resting today').count()).toBe(0);

    const reddit = await browser.open(SITE.reddit);
    await waitForVisibleCard(reddit);
  });

  it('after Low energy today in the popup, shows no card until unmuted', async () => {
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Low energy today', exact: true }).click();
    await popup.getByText('Resting today').waitFor();
    await expect(popup.getByRole('button', { name: 'Unmute', exact: true }).isVisible()).resolves.toBe(true);

    const [gmail, outlook] = await Promise.all([browser.open(SITE.gmail), browser.open(SITE.outlook)]);
    expect(await expectNoCard(gmail, outlook)).toEqual(['muted-today', 'muted-today']);

    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Unmute', exact: true }).click();
    const x = await browser.open(SITE.x);
    await waitForVisibleCard(x);
  });

  it('after Snooze 1 hour in the popup, shows no card and says it is paused', async () => {
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Snooze 1 hour', exact: true }).click();
    await popup.getByText(/Paused until/).waitFor();

    const gmail = await browser.open(SITE.gmail);
    expect(await expectNoCard(gmail)).toEqual(['snoozed']);
  });
});
