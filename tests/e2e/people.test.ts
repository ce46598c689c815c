import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startWriting,
  pastEnergyQuestion,
  closeCard,
  SITE,
  cardText,
  expectPageCannotRead,
  historyEntries,
  moveNudgesBack,
  setSettings,
  startBrowser,
  waitForVisibleCard,
  type Session,
} from './helpers';

const OPTIONS_PATH = '/src/ui/options/index.html';

describe('a person the user keeps close', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is added in the options page, named on Gmail with a remembered detail, and rests once written to', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}${OPTIONS_PATH}`);

    // A blank name is refused with a message beside it, and nothing is saved.
    await options.getByRole('button', { name: 'Add person', exact: true }).click();
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => options.getByText('Please add a name.').isVisible()).toBe(true);
    await expect(options.getByRole('textbox', { name: 'Name', exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');

    await options.getByRole('textbox', { name: 'Name', exact: true }).fill('Maya Lindqvist');
    await options.getByRole('textbox', { name: 'Email', exact: true }).fill('maya.l@example.com');
    const addDetail = options.getByRole('button', { name: 'Add a detail', exact: true });
    if ((await options.getByRole('textbox', { name: 'Detail 1', exact: true }).count()) === 0) await addDetail.click();
    await options.getByRole('textbox', { name: 'Detail 1', exact: true }).fill('the hiking trip');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => options.getByText('Saved.').isVisible()).toBe(true);
    await expect.poll(() => options.getByText('Maya Lindqvist').isVisible()).toBe(true);

    // Gmail: the card names Maya as the user calls her and uses what the user remembers;
    // the page learns neither.
    const gmail = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(gmail);
    await pastEnergyQuestion(card);
    const shown = await cardText(card);
    expect(shown).toContain('Maya');
    expect(shown).not.toContain('Lindqvist');
    expect(shown).toContain('the hiking trip');
    await expectPageCannotRead(gmail, ['Maya Lindqvist', 'the hiking trip', 'maya.l@example.com']);

    await card.getByRole('button', { name: 'Menu', exact: true }).click();
    await card.getByRole('button', { name: 'Why this?', exact: true }).click();
    await expect.poll(() => cardText(card)).toContain('You wanted to write to Maya Lindqvist every two weeks.');

    // Open in Gmail addresses the compose window to Maya, with the draft as its body.
    await startWriting(card);
    const draft = await card.getByRole('textbox', { name: 'Your note', exact: true }).inputValue();
    expect(draft.startsWith('Hi Maya,\n')).toBe(true);
    const [compose] = await Promise.all([browser.context.waitForEvent('page'), card.getByRole('button', { name: 'Open in Gmail', exact: true }).click()]);
    await compose.waitForURL(/^https:\/\/mail\.google\.com\//);
    const composeUrl = new URL(compose.url());
    expect(composeUrl.searchParams.get('to')).toBe('maya.l@example.com');
    expect(composeUrl.searchParams.get('body')).toBe(draft);
    await compose.close();
    await gmail.bringToFront();
    await expect(card.getByRole('button', { name: 'Email', exact: true }).isVisible()).resolves.toBe(true);

    await card.getByRole('button', { name: 'I sent it', exact: true }).click();
    await card.getByRole('button', { name: 'Skip', exact: true }).click();
    await closeCard(gmail, card);

    // The popup's history keeps the note as sent.
    const popup = await browser.openPopup();
    await expect.poll(async () => (await historyEntries(popup))[0] ?? '').toContain(draft);

    // Maya's rhythm starts again: the list shows the hello, and the next card names someone else.
    await options.reload();
    await expect.poll(() => options.getByText(/You said hello on/).isVisible()).toBe(true);
    await moveNudgesBack(browser.context, browser.extensionId, 91);
    const outlook = await browser.open(SITE.outlook);
    const next = await waitForVisibleCard(outlook);
    expect(await cardText(next)).not.toContain('Maya Lindqvist');
  });

  it('is offered on X, where the user knows their handle, with their profile one tap away', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}${OPTIONS_PATH}`);
    await options.getByRole('button', { name: 'Add person', exact: true }).click();
    await options.getByRole('textbox', { name: 'Name', exact: true }).fill('Ravi Patel');
    await options.getByText('Where you follow each other').click();
    await options.getByRole('textbox', { name: 'X handle', exact: true }).fill('@ravi_makes');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => options.getByText('Ravi Patel').isVisible()).toBe(true);
    // The first story already had today's two cards: allow a third, past the cooldown.
    await setSettings(browser.context, browser.extensionId, { dailyCap: 3 });
    await moveNudgesBack(browser.context, browser.extensionId, 91);

    const x = await browser.open(SITE.x);
    const card = await waitForVisibleCard(x);
    const first = await cardText(card);
    expect(first).toContain('Ravi');
    await expectPageCannotRead(x, ['Ravi Patel', 'ravi_makes']);

    await startWriting(card);
    const [profile] = await Promise.all([browser.context.waitForEvent('page'), card.getByRole('button', { name: 'Open profile', exact: true }).click()]);
    await profile.waitForURL(/^https:\/\/x\.com\//);
    expect(profile.url()).toBe('https://x.com/ravi_makes');
    await profile.close();
  });
});
