/**
 * The card keeps faith with the person on a page that works against it: each story runs
 * on tests/fixtures/gmail-adversary.html, which does what a careless or hostile page does.
 * Here: what the page can reach and hear, and clicks the person could not see.
 * (tests/e2e/trust-guard.test.ts: a page that takes the card away, and a card that leaves;
 * tests/e2e/trust-fit.test.ts: small windows and corners.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startWriting,
  ensureWrittenIdea,
  SITE,
  moveNudgesBack,
  readNudges,
  setSettings,
  startBrowser,
  waitForVisibleCard,
  type Session,
  closeCard,
} from './helpers';
import { COVERED, adversary, coverCard, mouseClick, uncoverCard, waitForCardToSay, waitForSteadyCard } from './adversary';

describe('on a page that works against the card', () => {
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

  const latestNudge = async () => (await readNudges(browser.context, browser.extensionId)).at(-1);

  it('hides its host from the page: no shadow root to reach, nothing inside to read', async () => {
    const page = await browser.open(SITE.gmail);
    await waitForVisibleCard(page);
    const hosts = await page.evaluate(() =>
      [...document.documentElement.children]
        .filter((child) => child !== document.head && child !== document.body)
        .map((child) => ({ shadowRoot: child.shadowRoot === null ? 'none' : 'reachable', inner: child.innerHTML, text: child.textContent })),
    );
    expect(hosts).toEqual([{ shadowRoot: 'none', inner: '', text: '' }]);
  });

  it('says nothing the page can hear while the person uses it', async () => {
    const page = await browser.open(`${SITE.gmail}?listen`);
    const card = await waitForVisibleCard(page);
    await startWriting(card);
    await card.getByRole('button', { name: 'Copy', exact: true }).click();
    await card.getByText('Copied').waitFor();
    await card.getByRole('button', { name: 'I sent it', exact: true }).click();
    await card.getByRole('button', { name: 'Skip', exact: true }).click();
    await closeCard(page, card);

    // The card grew, changed and closed; the page heard none of it.
    expect((await adversary(page)).heard).toEqual([]);
  });

  it('acts on no click the person could not see, says so while covered, and comes back to life once the cover goes', async () => {
    const page = await browser.open(`${SITE.gmail}?decoy`);
    const card = await waitForVisibleCard(page);
    await ensureWrittenIdea(card);
    await waitForSteadyCard(card);
    await coverCard(page);
    await waitForCardToSay(card, 'covered');

    await mouseClick(page, card, 'Low energy today');
    await card.getByText(COVERED).waitFor();
    await mouseClick(page, card, 'Write it');
    expect((await latestNudge())?.status).toBe('shown');
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Low energy today', exact: true }).waitFor();
    expect(await popup.getByText('Resting today').count()).toBe(0);
    await popup.close();
    await waitForSteadyCard(card);
    expect(await card.getByText(COVERED).count(), 'the notice, while the page still covers the card').toBe(1);

    // The page hides its cover: once the card has been in plain view long enough, it says so
    // no more, and the same button does what it says, as on a card never covered. (Had either
    // click above acted, the card would be resting or writing, with no Low energy today left.)
    await uncoverCard(page);
    await card.getByText(COVERED).waitFor({ state: 'detached' });
    await waitForSteadyCard(card);
    await mouseClick(page, card, 'Low energy today');
    await card.getByText('Resting today').waitFor();
    expect((await latestNudge())?.status).toBe('muted');
  });

  it('hands no text over through a covered Copy or Open in Gmail', async () => {
    const page = await browser.open(`${SITE.gmail}?decoy`);
    const card = await waitForVisibleCard(page);
    await startWriting(card);
    await card.getByRole('textbox', { name: 'Your note', exact: true }).waitFor();
    await waitForSteadyCard(card);
    await coverCard(page);
    await waitForCardToSay(card, 'covered');
    const composeWindows = () => browser.network.served.filter((url) => url.includes('view=cm')).length;
    const composedBefore = composeWindows();

    await mouseClick(page, card, 'Copy');
    await card.getByText(COVERED).waitFor();
    await mouseClick(page, card, 'Open in Gmail');
    await mouseClick(page, card, 'I sent it');
    // Closed after the clicks (× on a covered card just closes): whatever they sent has reached the extension.
    await closeCard(page, card);
    const nudge = await latestNudge();
    expect(nudge).toMatchObject({ status: 'writing' });
    expect(nudge?.finalText).toBeUndefined();
    expect(composeWindows()).toBe(composedBefore);
  });

  it('under a page-wide filter, says it cannot be used here and points to the same idea in the popup', async () => {
    const page = await browser.open(`${SITE.gmail}?decoy`);
    const card = await waitForVisibleCard(page);
    await ensureWrittenIdea(card);
    await page.evaluate(() => (window as unknown as { __fade(filter: string): void }).__fade('invert(1) hue-rotate(180deg)'));
    await waitForCardToSay(card, 'covered');
    const prompt = await card.locator('.card__prompt').innerText();

    await startWriting(card);
    await card.getByText(COVERED).waitFor();
    expect(await card.getByRole('textbox').count()).toBe(0);

    const popup = await browser.openPopup();
    await popup.getByRole('region', { name: "Today's small hello" }).getByText(prompt, { exact: true }).waitFor();
    await popup.getByRole('button', { name: 'Write it', exact: true }).click();
    await popup.getByRole('textbox', { name: 'Your note', exact: true }).waitFor();
    await popup.close();
    // The close button always works, so the person is never stuck with a card they cannot use.
    await closeCard(page, card);
  });

  it('acts on no click while the page fades itself out with opacity on <html>', async () => {
    const page = await browser.open(`${SITE.gmail}?decoy`);
    const card = await waitForVisibleCard(page);
    await ensureWrittenIdea(card);
    await waitForSteadyCard(card);
    await page.evaluate(() => (window as unknown as { __dim(opacity: string): void }).__dim('0.02'));
    await waitForCardToSay(card, 'covered');

    // Nothing is in front of the card, so the clicks land on its buttons; they do nothing.
    await mouseClick(page, card, 'Low energy today');
    await card.getByText(COVERED).waitFor();
    await mouseClick(page, card, 'Write it');
    await mouseClick(page, card, 'Not now');
    expect(await card.getByRole('textbox').count()).toBe(0);
    // Closed after the clicks (× on a covered card just closes, no Not now): whatever they sent has reached the extension.
    await closeCard(page, card);
    expect((await latestNudge())?.status).toBe('shown');
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Low energy today', exact: true }).waitFor();
    expect(await popup.getByText('Resting today').count()).toBe(0);
    await popup.close();
  });
});
