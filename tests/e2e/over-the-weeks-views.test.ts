/**
 * The views of the weeks' company, in every language the extension speaks (German words are
 * longer and wrap differently), light and dark: an intention not yet kept, the scales of
 * how a note is expected to feel and how it did, Heavier's answer on the card, and the
 * expectation line in the popup.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { SITE, builtLocales, expectAccessible, message, startBrowser, startWriting, waitForVisibleCard, type Session } from './helpers';

describe.each(builtLocales())('the views of the weeks’ company, accessible in %s', (locale) => {
  let browser: Session;
  const words = (key: string) => message(locale, key);
  /** A message with its placeholders filled in order, as the extension fills them. */
  const filled = (key: string, ...values: string[]) => {
    let next = 0;
    return words(key).replace(/\$[A-Z_]+\$/g, () => values[next++] ?? '');
  };

  beforeAll(async () => {
    browser = await startBrowser({ ...(locale === 'en' ? {} : { locale }), settings: { cooldownMinutes: 0, dailyCap: 5 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has no WCAG 2.2 AA violations in an intention not yet kept, the scales, Heavier’s answer on the card and the expectation line', async () => {
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: words('intentionButton'), exact: true }).click();
    await popup.getByText(words('intentionSet')).waitFor();
    await expectAccessible(popup, 'the popup with an intention set, not yet kept');
    // Let it go, so that the cards below may still come.
    await popup.getByRole('button', { name: words('intentionLetGo'), exact: true }).click();
    // Kept only once the popup offers the intention again: closed sooner, the write may not land.
    await popup.getByRole('button', { name: words('intentionButton'), exact: true }).waitFor();
    await popup.close();

    // Three notes, each expected to feel quite awkward and then not very: the last felt heavier.
    const sites = [SITE.gmail, SITE.x, SITE.reddit];
    for (const [index, site] of sites.entries()) {
      const last = index === sites.length - 1;
      const page = await browser.open(site);
      // The card where it is shown, in its frame on the page, once it counts a click.
      const card = await waitForVisibleCard(page);
      await startWriting(card);
      await card.getByRole('button', { name: words('awkwardLevel4'), exact: true }).click();
      await card.getByRole('button', { name: words('awkwardLevel4'), exact: true, pressed: true }).waitFor();
      if (index === 0) await expectAccessible(card, 'the card while writing, with an expectation told');
      await card.getByRole('button', { name: words('iSentIt'), exact: true }).click();
      await card.getByText(words('awkwardActualQuestion')).waitFor();
      await card.getByRole('button', { name: words('awkwardLevel2'), exact: true }).click();
      await card.getByRole('button', { name: words(last ? 'feelingHeavier' : 'feelingLighter'), exact: true }).click();
      if (index === 0) await expectAccessible(card, 'the card asking how it actually felt');
      await card.getByRole('button', { name: words('done'), exact: true }).click();
      if (last) {
        await card.getByText(words('heavierAnswer')).waitFor();
        await expectAccessible(card, 'Heavier’s answer on the card');
      }
      await page.close();
    }

    const after = await browser.openPopup();
    await after.getByText(filled('insightEasier', '3', '3')).waitFor();
    await expectAccessible(after, 'the popup with the expectation line, offering rest');
    await after.close();
  });
});
