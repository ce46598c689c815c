import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxMissingReason } from '../../scripts/ensure-firefox.mjs';
import {
  ALL_DAY,
  POPUP_PATH,
  byRole,
  clickInCard,
  launchFirefoxWithExtension,
  ensureWrittenIdea,
  openExtensionPage,
  serveFixtures,
  setSettings,
  waitForCard,
  type LaunchedFirefox,
  type NetworkLog,
} from '../../scripts/firefox.mjs';

const GMAIL = 'https://mail.google.com/mail/u/0/';

const missing = firefoxMissingReason();
if (missing) console.warn(`Skipping the Firefox smoke test: ${missing}`);

/** Everything the host page's own scripts can read: its markup, its text, open shadow roots. */
async function whatThePageCanRead(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.documentElement.outerHTML, document.body.innerText];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) parts.push(element.shadowRoot.innerHTML);
    return parts.join('\n');
  });
}

describe.skipIf(missing)('the Firefox build in Firefox ESR', () => {
  let firefox: LaunchedFirefox;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    // Nudges only come in active hours (08:00–21:00 by default): allow any hour.
    await setSettings(firefox.browser, ALL_DAY);
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('shows the card on Gmail, writes and sends a note, and keeps it in the popup history', async () => {
    const { browser } = firefox;
    const page = await browser.newPage();
    const network: NetworkLog = await serveFixtures(page);
    await page.goto(GMAIL);
    expect(network.served).toEqual([GMAIL]);

    const card = await waitForCard(page);
    await ensureWrittenIdea(page, card);
    const cardText = await card.evaluate(() => document.body.innerText);
    expect(cardText).toContain('A small hello');

    await clickInCard(page, card, 'button', 'Write it');
    const note = await card.waitForSelector(byRole('textbox', 'Your note'));
    const draft = (await note?.evaluate((textbox) => (textbox as HTMLTextAreaElement).value)) ?? '';
    expect(draft.length, 'the draft has words in it').toBeGreaterThan(10);

    // The page holds only an empty frame in a closed shadow root: none of the card's words.
    const readable = await whatThePageCanRead(page);
    // Lines long enough that finding them in the page would be no coincidence.
    const secrets = [...cardText.split('\n'), draft].map((line) => line.trim()).filter((line) => line.length >= 12);
    expect(secrets.length, 'the card shows a suggestion').toBeGreaterThan(1);
    for (const secret of secrets) {
      expect(readable, 'the host page can read the card').not.toContain(secret);
    }

    await clickInCard(page, card, 'button', 'I sent it');
    await clickInCard(page, card, 'button', 'Skip');
    await card.waitForSelector('::-p-text(Thank you for reaching out)');

    const popup = await openExtensionPage(browser, POPUP_PATH);
    const entry = await popup.waitForSelector(`${byRole('region', 'History')} li`);
    const history = (await entry?.evaluate((item) => (item as HTMLElement).innerText)) ?? '';
    expect(history).toContain('Gmail');
    expect(history).toContain('Sent');
    expect(history).toContain(draft);
  });
});
