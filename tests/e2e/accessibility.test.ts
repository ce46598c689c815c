import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtLocales, message, startWriting, SITE, startBrowser, waitForVisibleCard, type Session } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

/** Axe's WCAG 2.2 AA rules on the page as it is now, in both colour schemes. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    // Let colour transitions settle before contrast is measured.
    await page.waitForTimeout(300);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const found = violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(found, `${what}, ${colorScheme}`).toEqual([]);
  }
}

// Every language the extension speaks: German words are longer and wrap differently, and
// the page must say which language it is in.
describe.each(builtLocales())('accessibility of every extension page, in %s', (locale) => {
  let browser: Session;
  const words = (key: string) => message(locale, key);

  beforeAll(async () => {
    browser = await startBrowser(locale === 'en' ? {} : { locale });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has no WCAG 2.2 AA violations in the card, the popup or the options page, light or dark', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
    await options.getByRole('button', { name: words('peopleAdd'), exact: true }).click();
    await options.getByRole('button', { name: words('personSave'), exact: true }).click();
    await options.getByText(words('personErrorNameRequired')).waitFor();
    await expect(options.evaluate(() => document.documentElement.lang)).resolves.toBe(words('langCode'));
    await expectAccessible(options, 'the person form with a message');
    await options.getByRole('textbox', { name: words('personName'), exact: true }).fill('Maya');
    await options.getByRole('button', { name: words('personSave'), exact: true }).click();
    await options.getByText(words('personSaved')).waitFor();
    await expectAccessible(options, 'the people list');

    // The card's own page, at its address, so axe can reach into it.
    const gmail = await browser.open(SITE.gmail);
    const frame = await waitForVisibleCard(gmail);
    const card = await browser.context.newPage();
    await card.goto(frame.url());
    await card.getByRole('button', { name: new RegExp(`^(${words('writeIt')}|${words('iDidIt')})$`) }).first().waitFor();
    await expect(card.evaluate(() => document.documentElement.lang)).resolves.toBe(words('langCode'));
    await expectAccessible(card, 'the card');
    await startWriting(card);
    // Help me reply kindly comes only with ideas that answer a friend's news.
    const help = card.getByRole('button', { name: words('empathyHelp'), exact: true });
    if (await help.count()) await help.click();
    await expectAccessible(card, 'the card while writing');
    await card.getByRole('button', { name: words('iSentIt'), exact: true }).click();
    await card.getByRole('button', { name: words('feelingLighter'), exact: true }).waitFor();
    await expectAccessible(card, 'the reflection');

    const popup = await browser.openPopup();
    await popup.getByRole('region', { name: words('history') }).waitFor();
    await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toBe(words('langCode'));
    await expectAccessible(popup, 'the popup');
  });

  it('has no WCAG 2.2 AA violations in the welcome, support, rituals and the popup with a ritual, an intention and a hello to keep', async () => {
    const pages = `chrome-extension://${browser.extensionId}/src/ui`;
    const welcome = await browser.context.newPage();
    await welcome.goto(`${pages}/welcome/index.html`);
    await welcome.getByRole('heading', { name: words('welcomeHeading'), level: 1 }).waitFor();
    await expect(welcome.evaluate(() => document.documentElement.lang)).resolves.toBe(words('langCode'));
    await welcome.getByRole('button', { name: words('welcomeAddButton'), exact: true }).click();
    await welcome.getByText(words('personErrorNameRequired')).waitFor();
    await expectAccessible(welcome, 'the welcome, with a message');

    const options = await browser.context.newPage();
    await options.goto(`${pages}/options/index.html#support`);
    await options.getByRole('heading', { name: words('supportHeading'), level: 2 }).waitFor();
    await options.getByRole('button', { name: words('supportEditLines'), exact: true }).click();
    await expectAccessible(options, 'the support section, changing the lines');
    await options.getByRole('link', { name: words('ritualsHeading'), exact: true }).click();
    await options.getByRole('button', { name: words('ritualAdd'), exact: true }).click();
    await options.getByRole('button', { name: words('ritualSave'), exact: true }).click();
    await options.getByText(words('ritualWhatRequired')).waitFor();
    await expectAccessible(options, 'the ritual form, with a message');
    await options.getByRole('textbox', { name: words('ritualWhat'), exact: true }).fill('Text Dad');
    await options.getByRole('button', { name: words('ritualSave'), exact: true }).click();
    await options.getByText(words('ritualSaved')).waitFor();

    const popup = await browser.openPopup();
    await popup.getByRole('region', { name: words('ritualsDueHeading') }).waitFor();
    await popup.getByRole('button', { name: words('intentionButton'), exact: true }).click();
    // A note was sent on the card above: the intention is kept already.
    await popup.getByText(words('intentionKept')).waitFor();
    await popup.getByRole('button', { name: words('connectedButton'), exact: true }).click();
    await expectAccessible(popup, 'the popup with a ritual, an intention, small wins and a hello to keep');
  });
});
