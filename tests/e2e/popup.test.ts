import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE, historyEntries, pastEnergyQuestion, startBrowser, startWriting, waitForCardGone, waitForVisibleCard, type Session } from './helpers';

describe('the toolbar popup', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("offers today's suggestion and keeps what happened, newest first, and nothing that did not", async () => {
    // Earlier, a card on Gmail was put off.
    const gmail = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(gmail);
    await pastEnergyQuestion(card);
    await card
      .getByRole('button', { name: /^(Not now|Maybe later)$/ })
      .first()
      .click();
    await waitForCardGone(gmail);

    const popup = await browser.openPopup();
    await popup.getByText("Today's small hello").waitFor();
    await startWriting(popup);
    const note = popup.getByRole('textbox', { name: 'Your note', exact: true });
    const text = `${await note.inputValue()} Speak soon.`;
    await note.fill(text);
    await popup.getByRole('button', { name: 'Copy', exact: true }).click();
    await popup.getByText('Copied.').waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(text);

    await popup.getByRole('button', { name: 'I sent it', exact: true }).click();
    await popup.getByRole('button', { name: 'About the same', exact: true }).click();
    await popup.getByRole('button', { name: 'Done', exact: true }).click();
    await popup.getByText('Thank you for reaching out').waitFor();

    await expect.poll(() => historyEntries(popup)).toHaveLength(1);
    const [sent] = await historyEntries(popup);
    expect(sent).toContain(text);
    expect(sent).toContain('Sent');
    // The card put off on Gmail did not happen between people: it is not listed.
    expect(sent).not.toMatch(/Gmail|Not now|Maybe later/);
  });
});
