/**
 * On a single-page site, moving into the inbox from elsewhere on the page is a routine moment,
 * as opening it is: the fixture's folder links change only the address's hash, as Gmail's
 * do, and nothing reloads. The minute since the last moment is not waited for: the times the
 * background keeps are moved back, as a minute going by would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveArrivalsBackIn, readNudges } from '../../scripts/chromium.mjs';
import { expectNoCard, SITE, startBrowser, waitForVisibleCard, type Session } from './helpers';

const HOUR = 60 * 60_000;

describe('moving within a mail page kept open', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser({ settings: { mutedUntil: Date.now() + HOUR } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const pageCards = async () => (await readNudges(browser.context, browser.extensionId)).filter((nudge) => nudge.origin === 'page');

  it('brings a card on going back to the inbox after Unmute, not on going elsewhere, with no reload', async () => {
    const mail = await browser.open(`${SITE.gmail}#sent`);
    expect(await expectNoCard(mail)).toEqual(['muted-today']);
    // A mark on the page itself: a reload would lose it.
    await mail.evaluate(() => Object.assign(window, { keptOpen: true }));

    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Unmute', exact: true }).click();
    await expect.poll(() => popup.getByRole('button', { name: 'Unmute', exact: true }).count()).toBe(0);
    await moveArrivalsBackIn(popup, 2);

    await mail.bringToFront();
    await mail.getByRole('link', { name: 'Starred' }).click();
    expect(await expectNoCard(mail), 'a move that is not into the inbox').toEqual(['same-moment']);
    await mail.getByRole('link', { name: 'Inbox (3)' }).click();
    await waitForVisibleCard(mail);
    expect(mail.url()).toBe(`${SITE.gmail}#inbox`);
    expect(await mail.evaluate(() => (window as unknown as { keptOpen?: boolean }).keptOpen)).toBe(true);
    expect(await pageCards()).toHaveLength(1);
  });
});
