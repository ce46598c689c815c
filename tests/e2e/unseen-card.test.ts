/**
 * A card counts once it was seen. Here the page lays its see-through top-layer box over the
 * card the moment it arrives (tests/fixtures/gmail-adversary.html, `?decoy`), so the person
 * never sees it, and then they go elsewhere: the card gives the site's place for the day back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNudges, waitForCard, waitUntil } from '../../scripts/chromium.mjs';
import { SITE, startBrowser, waitForVisibleCard, type Session } from './helpers';

describe('a card the person never saw', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser({ fixtures: { 'mail.google.com': 'gmail-adversary.html' }, settings: { dailyCap: 1 } });
    // On a `?decoy` page, the page covers whatever the extension adds, as soon as it is added.
    await browser.context.addInitScript(() => {
      if (!location.search.includes('decoy')) return;
      const coverWhenAdded = () => {
        const added = [...document.documentElement.children].some((child) => child.tagName.includes('-'));
        const cover = (window as unknown as { __cover?: () => void }).__cover;
        if (added && cover) cover();
        else requestAnimationFrame(coverWhenAdded);
      };
      requestAnimationFrame(coverWhenAdded);
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const pageCards = async () => (await readNudges(browser.context, browser.extensionId)).filter((nudge) => nudge.origin === 'page');

  it('does not spend the site for the day: the next visit brings a card', async () => {
    const covered = await browser.open(`${SITE.gmail}?decoy`);
    const card = await waitForCard(covered, { reading: false });
    // Covered from the start, the card has never been in plain view.
    expect(await card.locator('section[data-seen]').getAttribute('data-seen')).not.toBe('seen');
    expect(await pageCards()).toHaveLength(1);

    // The person goes elsewhere in that tab before the card was ever in plain view.
    await covered.goto('about:blank');
    await waitUntil(async () => (await pageCards()).length === 0, { what: 'the unseen card to be forgotten' });

    const again = await browser.open(SITE.gmail);
    await waitForVisibleCard(again);
    expect(await pageCards()).toHaveLength(1);
  });
});
