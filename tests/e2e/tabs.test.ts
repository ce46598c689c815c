import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE, cardFrame, startBrowser, waitUntil, type Session } from './helpers';

describe('many tabs at once', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows exactly one card across five Gmail tabs opened together', async () => {
    const pages = await Promise.all(Array.from({ length: 5 }, () => browser.open(SITE.gmail)));
    const withCard = () => pages.filter((page) => cardFrame(page) !== undefined);
    await waitUntil(() => withCard().length > 0, { timeout: 5_000, what: 'a card in one of the tabs' });
    // Give the other four every chance to show a second one.
    await pages[0]?.waitForTimeout(2_000);
    expect(withCard()).toHaveLength(1);
  });
});
