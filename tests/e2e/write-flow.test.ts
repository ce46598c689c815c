import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startWriting,
  SITE,
  cardText,
  distinctiveLines,
  expectPageCannotRead,
  historyEntries,
  startBrowser,
  waitForCardGone,
  waitForVisibleCard,
  type Session,
} from './helpers';

/** Characters that break a compose URL if it is built carelessly. */
const ADDED = ' P.S. Tea & cake = yes? Table #4, 5–6 pm 🙂';

describe('writing a note from the card on Gmail', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('goes from the suggestion to a sent note, and the host page never sees a word of it', async () => {
    const { context } = browser;
    const page = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(page);
    const secrets = distinctiveLines(await cardText(card));
    expect(secrets.length, 'the card shows a suggestion').toBeGreaterThan(0);
    await expectPageCannotRead(page, secrets);

    await startWriting(card);
    const note = card.getByRole('textbox', { name: 'Your note', exact: true });
    const draft = await note.inputValue();
    expect(draft.length).toBeGreaterThan(10);
    await expectPageCannotRead(page, [...secrets, draft]);

    const edited = draft + ADDED;
    await note.fill(edited);
    await expectPageCannotRead(page, [...secrets, draft, edited]);

    // Copy puts the note, as edited, on the clipboard.
    await card.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(card.getByText('Copied.').isVisible()).resolves.toBe(true);
    // Read from the top-level page: the card's frame may write the clipboard but not read it.
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(edited);

    // Open in Gmail: a compose window of the person's own Gmail, with the note as its body.
    const [compose] = await Promise.all([
      context.waitForEvent('page'),
      card.getByRole('button', { name: 'Open in Gmail', exact: true }).click(),
    ]);
    await compose.waitForURL(/^https:\/\/mail\.google\.com\//);
    const composeUrl = new URL(compose.url());
    // The compose window opens in the same signed-in account as the inbox the card was on.
    expect(composeUrl.origin + composeUrl.pathname).toBe('https://mail.google.com/mail/u/0/');
    expect(composeUrl.searchParams.get('view')).toBe('cm');
    expect(composeUrl.searchParams.get('body')).toBe(edited);
    await compose.close();
    await page.bringToFront();

    await card.getByRole('button', { name: 'I sent it', exact: true }).click();
    await expectPageCannotRead(page, [...secrets, edited]);
    await card.getByRole('button', { name: 'Lighter', exact: true }).click();
    await card.getByRole('textbox', { name: 'What felt genuine?', exact: true }).fill('Remembering the seed swap');
    await card.getByRole('button', { name: 'Done', exact: true }).click();
    await card.getByText('Thank you for reaching out').waitFor();
    await expectPageCannotRead(page, [...secrets, edited, 'Remembering the seed swap']);

    await waitForCardGone(page);
    await expectPageCannotRead(page, [...secrets, edited]);

    const popup = await browser.openPopup();
    await expect.poll(() => historyEntries(popup)).not.toHaveLength(0);
    const [newest] = await historyEntries(popup);
    expect(newest).toContain(edited);
    expect(newest).toContain('Gmail');
  });
});
