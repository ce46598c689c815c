import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startWriting,
  pastEnergyQuestion,
  SITE,
  cardText,
  distinctiveLines,
  expectPageCannotRead,
  historyEntries,
  startBrowser,
  waitForVisibleCard,
  type Session,
  closeCard,
  waitUntil,
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
    await pastEnergyQuestion(card);
    const secrets = distinctiveLines(await cardText(card));
    expect(secrets.length, 'the card shows a suggestion').toBeGreaterThan(0);
    await expectPageCannotRead(page, secrets);

    await startWriting(card);
    const note = card.getByRole('textbox', { name: 'Your note', exact: true });
    const draft = await note.inputValue();
    expect(draft.length).toBeGreaterThan(10);
    await expectPageCannotRead(page, [...secrets, draft]);

    // The note grows with its words: all of it in view, none hidden in a box of a few lines.
    const height = () => note.evaluate((field) => ({ shown: field.clientHeight, whole: field.scrollHeight }));
    const before = await height();
    const edited = draft + ADDED;
    await note.fill(`${edited}\n\nSee you soon,\nSam`);
    await waitUntil(async () => (await height()).shown > before.shown, { what: 'the note to grow' });
    expect((await height()).whole - (await height()).shown).toBeLessThanOrEqual(2);
    await note.fill(edited);
    await expectPageCannotRead(page, [...secrets, draft, edited]);

    // I sent it waits, quietly, until the note has gone somewhere; then it is the next step.
    const sentIt = card.getByRole('button', { name: 'I sent it', exact: true });
    expect(await sentIt.getAttribute('class')).not.toContain('button--primary');
    // Copy puts the note, as edited, on the clipboard.
    await card.getByRole('button', { name: 'Copy', exact: true }).click();
    expect(await sentIt.getAttribute('class')).toContain('button--primary');
    await expect(card.getByText('Copied.').isVisible()).resolves.toBe(true);
    // Read from the top-level page: the card's frame may write the clipboard but not read it.
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(edited);

    // Open in Gmail: a compose window of the person's own Gmail, with the note as its body
    // and a subject (short, and the person's to change), so that Gmail does not ask whether
    // to send without one.
    const subject = card.getByRole('textbox', { name: 'Subject', exact: true });
    expect(await subject.inputValue()).toBe('Hello');
    await subject.fill('Hello from the allotment');
    const [compose] = await Promise.all([context.waitForEvent('page'), card.getByRole('button', { name: 'Open in Gmail', exact: true }).click()]);
    await compose.waitForURL(/^https:\/\/mail\.google\.com\//);
    const composeUrl = new URL(compose.url());
    // The compose window opens in the same signed-in account as the inbox the card was on.
    expect(composeUrl.origin + composeUrl.pathname).toBe('https://mail.google.com/mail/u/0/');
    expect(composeUrl.searchParams.get('view')).toBe('cm');
    expect(composeUrl.searchParams.get('body')).toBe(edited);
    expect(composeUrl.searchParams.get('su')).toBe('Hello from the allotment');
    await compose.close();
    await page.bringToFront();

    await card.getByRole('button', { name: 'I sent it', exact: true }).click();
    await expectPageCannotRead(page, [...secrets, edited]);
    await card.getByRole('button', { name: 'Lighter', exact: true }).click();
    await card.getByRole('textbox', { name: 'What felt genuine?', exact: true }).fill('Remembering the seed swap');
    await card.getByRole('button', { name: 'Done', exact: true }).click();
    await card.getByText('Thank you for reaching out').waitFor();
    await expectPageCannotRead(page, [...secrets, edited, 'Remembering the seed swap']);

    // The thanks stays until the person closes the card, as Heavier's answer would.
    await closeCard(page, card);
    await expectPageCannotRead(page, [...secrets, edited]);

    const popup = await browser.openPopup();
    await expect.poll(() => historyEntries(popup)).not.toHaveLength(0);
    const [newest] = await historyEntries(popup);
    expect(newest).toContain(edited);
    expect(newest).toContain('Gmail');
  });
});
