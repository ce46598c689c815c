/**
 * A person whose browser speaks German gets Small Hellos in German: the card on their
 * inbox, the note, the popup and its history with German dates, and the settings. The
 * browser's language picks it; nothing is set inside the extension.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE, cardText, closeCard, message, pastEnergyQuestion, startBrowser, startWriting, waitForVisibleCard, type Session } from './helpers';

const de = (key: string) => message('de', key);
const en = (key: string) => message('en', key);

/** Every English message a person could read on these pages, where German says it differently. */
const ENGLISH_ONLY = [
  'cardHeading',
  'energyQuestion',
  'energySkip',
  'subjectLabel',
  'writeIt',
  'notNow',
  'lowEnergyToday',
  'anotherIdea',
  'whyThis',
  'yourNote',
  'yourNoteHint',
  'sendItYourWay',
  'channelCopy',
  'iSentIt',
  'howDoYouFeel',
  'feelingLighter',
  'feelingSame',
  'feelingHeavier',
  'whatFeltGenuine',
  'skip',
  'thanksForReachingOut',
  'todaysHello',
  'quietTimes',
  'quietTimesHint',
  'snoozeOneHour',
  'snoozeUntilTomorrow',
  'history',
  'statusSent',
  'yourPeople',
  'peopleHeading',
  'peopleAdd',
  'optionsPrivacyLine',
].map(en);

/** Asserts that `text` holds none of the English words above. */
function expectNoEnglish(text: string, where: string): void {
  const found = ENGLISH_ONLY.filter((words) => text.includes(words));
  expect(found, `English words on ${where}`).toEqual([]);
}

async function languageOf(page: Page | Frame): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

describe('Small Hellos in a browser that speaks German', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser({ locale: 'de' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the card, the note and the reflection in German', async () => {
    const gmail = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(gmail);
    expect(await languageOf(card)).toBe('de');
    // Today's energy first, on its own, in German too.
    const asked = await cardText(card);
    expect(asked).toContain(de('energyQuestion'));
    expectNoEnglish(asked, 'the energy question');
    await pastEnergyQuestion(card);
    const offered = await cardText(card);
    expect(offered).toContain(de('cardHeading'));
    expect(offered).toContain(de('lowEnergyToday'));
    expectNoEnglish(offered, 'the card');

    await startWriting(card);
    const note = card.getByRole('textbox', { name: de('yourNote'), exact: true });
    const draft = await note.inputValue();
    expect(draft.length).toBeGreaterThan(10);
    // Nobody is added yet, so the idea is one of the German ideas for nobody in particular.
    expect(await cardText(card)).toContain(de('sendItYourWay'));
    expectNoEnglish(`${await cardText(card)}\n${draft}`, 'the card while writing');

    await card.getByRole('button', { name: de('iSentIt'), exact: true }).click();
    await card.getByText(de('howDoYouFeel')).waitFor();
    expectNoEnglish(await cardText(card), 'the reflection');
    await card.getByRole('button', { name: de('feelingLighter'), exact: true }).click();
    await card.getByRole('button', { name: de('done'), exact: true }).click();
    await card.getByText(de('thanksForReachingOut')).waitFor();
    await closeCard(gmail, card);
  });

  it('shows the popup in German, with the history dated the German way', async () => {
    const popup = await browser.openPopup();
    const history = popup.getByRole('region', { name: de('history') });
    await history.getByRole('listitem').first().waitFor();
    expect(await languageOf(popup)).toBe('de');
    await expect(popup.getByRole('heading', { name: de('todaysHello') }).count()).resolves.toBeGreaterThan(0);
    const [sent] = await history.getByRole('listitem').allInnerTexts();
    // "Gmail, 03.12.2026, 09:15": the date and time as German writes them, by Intl.
    expect(sent).toMatch(/Gmail, \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    expect(sent).toContain(de('statusSent'));
    expectNoEnglish(await popup.locator('body').innerText(), 'the popup');
  });

  it('shows the settings in German', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
    await options.getByRole('button', { name: de('peopleAdd'), exact: true }).waitFor();
    expect(await languageOf(options)).toBe('de');
    expect(await options.locator('body').innerText()).toContain(de('optionsPrivacyLine'));
    expectNoEnglish(await options.locator('body').innerText(), 'the settings');
  });
});
