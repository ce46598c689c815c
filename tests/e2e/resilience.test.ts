import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startWriting,
  SITE,
  cardText,
  distinctiveLines,
  expectPageCannotRead,
  historyEntries,
  readNudges,
  startBrowser,
  stopServiceWorker,
  closeCard,
  waitForVisibleCard,
  type Session,
} from './helpers';

describe('when things go wrong around the card', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('appears after a cold start of the stopped service worker', async () => {
    const blank = await browser.context.newPage();
    await stopServiceWorker(browser, blank);
    const started = Date.now();
    await blank.goto(SITE.gmail);
    browser.navigated.push(SITE.gmail);
    await waitForVisibleCard(blank, 5_000);
    console.log(`Card visible ${Date.now() - started} ms after navigation started (cold service worker).`);
  });

  it('keeps the note when the service worker stops between Write it and I sent it', async () => {
    const [page] = browser.context.pages().filter((candidate) => candidate.url().startsWith(SITE.gmail));
    if (!page) throw new Error('The Gmail tab from the cold start is gone');
    const card = await waitForVisibleCard(page);
    await startWriting(card);
    const note = card.getByRole('textbox', { name: 'Your note', exact: true });
    const text = `${await note.inputValue()} Written across a restart.`;
    await note.fill(text);
    // The note is saved as it is typed; then the worker goes idle and is stopped.
    await expect.poll(async () => (await readNudges(browser.context, browser.extensionId)).find((nudge) => nudge.status === 'writing')?.finalText).toBe(text);

    await stopServiceWorker(browser, page);
    await card.getByRole('button', { name: 'I sent it', exact: true }).click();
    await card.getByText('How do you feel now?').waitFor();
    await card.getByRole('button', { name: 'Skip', exact: true }).click();
    await closeCard(page, card);

    const popup = await browser.openPopup();
    await expect.poll(() => historyEntries(popup)).not.toHaveLength(0);
    const [newest] = await historyEntries(popup);
    expect(newest).toContain(text);
    expect(newest).toContain('Sent');
  });

  it('shows nothing to act on for a nudge that does not exist', async () => {
    const page = await browser.context.newPage();
    // The card writes why it stays away once the background has answered that there is no such nudge.
    const stayedAway = page.waitForEvent('console', (message) => message.text().startsWith('Small Hellos has no idea to show: not-found'));
    await page.goto(`chrome-extension://${browser.extensionId}/src/ui/nudge/index.html?id=999`);
    await stayedAway;
    await expect(page.getByRole('button').count()).resolves.toBe(0);
    await expect(page.getByRole('textbox').count()).resolves.toBe(0);
  });
});

describe('on a hostile page', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser({ fixtures: { 'mail.google.com': 'gmail-hostile.html' } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('still shows a working card that the page can neither read nor close', async () => {
    const page = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(page);
    expect(await (await card.frameElement()).isVisible()).toBe(true);

    // The page keeps forging close messages; the card stays.
    await page.waitForFunction(() => (window as unknown as { __hostile: { forgedMessages: number } }).__hostile.forgedMessages > 5);
    await waitForVisibleCard(page, 1_000);

    await startWriting(card);
    const note = card.getByRole('textbox', { name: 'Your note', exact: true });
    const draft = await note.inputValue();
    const secrets = [...distinctiveLines(await cardText(card)), draft];
    await page.waitForTimeout(600); // a few more rounds of the page's snooping
    await expectPageCannotRead(page, secrets);
    const seen = await page.evaluate(() => {
      const log = (window as unknown as { __hostile: { frameReads: string[]; shadowText: string; removed: string[] } }).__hostile;
      return { reads: log.frameReads.join('\n') + log.shadowText, removed: log.removed };
    });
    console.log(`The hostile page removed the card ${seen.removed.length} time(s); it came back each time.`);
    for (const secret of secrets) expect(seen.reads).not.toContain(secret);

    await card.getByRole('button', { name: 'I sent it', exact: true }).click();
    await card.getByRole('button', { name: 'Skip', exact: true }).click();
    await card.getByText('Thank you for reaching out').waitFor();
    await closeCard(page, card);
  });
});
