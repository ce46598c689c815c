/**
 * The card at first sight, for someone on a hard week: a few things to press, none that
 * could be taken for another, today's energy asked on its own, and a Low answer heard.
 * In every language the extension speaks.
 */
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE, builtLocales, message, moveNudgesBack, setSettings, startBrowser, waitForVisibleCard, type Session } from './helpers';

/** Everything in the card a person can press or type in, as it is shown now, by name. */
function pressable(card: Frame): Promise<string[]> {
  return card.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select, [tabindex]:not([tabindex="-1"])')]
      .filter((element) => element.checkVisibility())
      .map((element) => element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''),
  );
}

describe.each(builtLocales())('the card at first sight, in %s', (locale) => {
  let browser: Session;
  const words = (key: string) => message(locale, key);

  beforeAll(async () => {
    browser = await startBrowser({ ...(locale === 'en' ? {} : { locale }), settings: { cooldownMinutes: 0, dailyCap: 10 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks today’s energy on its own, answered in one tap, and hears Running low with two choices', async () => {
    const card = await waitForVisibleCard(await browser.open(SITE.gmail));
    await card.getByRole('group', { name: words('energyQuestion') }).waitFor();
    const asked = await pressable(card);
    console.log(`${locale}, the energy question: ${asked.join(' | ')}`);
    expect(asked).toEqual([words('close'), words('energyLow'), words('energyOkay'), words('energyGood'), words('energySkip')]);
    // No idea is stacked on the question.
    expect(await card.locator('.card__prompt').count()).toBe(0);

    await card.getByRole('button', { name: words('energyLow'), exact: true }).click();
    await card.getByText(words('lowDayHeard')).waitFor();
    const heard = await pressable(card);
    expect(heard).toContain(words('lowDayRest'));
    expect(heard).toContain(words('lowDayTiny'));
    expect(heard.length).toBeLessThanOrEqual(5);
    await card.getByRole('button', { name: words('lowDayTiny'), exact: true }).click();
    await card.locator('.card__prompt').waitFor();
  });

  it('shows an idea with at most five things to press, the close button and the menu included', async () => {
    await moveNudgesBack(browser.context, browser.extensionId, 24 * 60);
    await setSettings(browser.context, browser.extensionId, { energyToday: { day: '', level: 'skipped' } });
    const card = await waitForVisibleCard(await browser.open(SITE.outlook));
    await card.getByRole('button', { name: words('energySkip'), exact: true }).click();
    await card.locator('.card__prompt').waitFor();
    const offered = await pressable(card);
    console.log(`${locale}, the idea: ${offered.join(' | ')}`);
    expect(offered.length).toBeLessThanOrEqual(5);
    expect(offered).toEqual([
      words('cardMenu'),
      words('close'),
      expect.stringMatching(new RegExp(`^(${words('writeIt')}|${words('iDidIt')})$`)),
      expect.stringMatching(new RegExp(`^(${words('notNow')}|${words('maybeLater')})$`)),
      words('lowEnergyToday'),
    ]);
  });
});
