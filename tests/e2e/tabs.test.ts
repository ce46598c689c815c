import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE, cardFrame, momentAnswer, readNudges, startBrowser, stopServiceWorker, waitForVisibleCard, type Session } from './helpers';

describe('many tabs at once', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows exactly one card across five Gmail tabs opened together on a cold start, as after a browser restart', async () => {
    const blank = await browser.context.newPage();
    // The worker is stopped, so all five moments wake it at once and race inside it.
    await stopServiceWorker(browser, blank);
    const pages = await Promise.all(Array.from({ length: 5 }, () => browser.context.newPage()));
    await Promise.all(pages.map((page) => page.goto(SITE.gmail)));

    const answers = await Promise.all(pages.map(momentAnswer));
    expect(answers.sort()).toEqual(['already-showing', 'already-showing', 'already-showing', 'already-showing', 'card']);
    const withCard = pages.filter((page) => cardFrame(page) !== undefined);
    expect(withCard).toHaveLength(1);
    if (withCard[0]) await waitForVisibleCard(withCard[0]);
    expect(await readNudges(browser.context, browser.extensionId)).toHaveLength(1);
  });
});
