/**
 * Axe's WCAG 2.2 AA rules on every view of the extension, in one language and in the light
 * and the dark scheme: one browser per language, each story building on the one before as
 * a person's first days would. German words are longer and wrap differently, and the page
 * must say which language it is in, so every language the extension speaks is checked:
 * English in accessibility.test.ts, every other one in accessibility-translated.test.ts,
 * side by side.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES } from '../../scripts/chromium.mjs';
import { askAnotherIdea, expectAccessible, message, startWriting, SITE, startBrowser, waitForVisibleCard, type Session } from './helpers';

/** The stories of every view in `locale`, for a describe block of their own. */
export function everyViewIn(locale: string): void {
  let browser: Session;
  let downloads: string;
  const words = (key: string) => message(locale, key);
  const named = (key: string, name: string) => words(key).replace(/\$[A-Z_]+\$/, name);
  const pages = () => `chrome-extension://${browser.extensionId}/src/ui`;

  beforeAll(async () => {
    // No wait between cards and room for several: the stories visit a few sites in a row.
    const settings = { cooldownMinutes: 0, dailyCap: 5 };
    browser = await startBrowser(locale === 'en' ? { settings } : { locale, settings });
    downloads = await mkdtemp(path.join(os.tmpdir(), 'small-hellos-a11y-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  /**
   * The card a moment on `site` brings, in its frame on the page, once it counts a click:
   * axe checks it there, at the size the person sees it.
   */
  async function cardOn(site: string): Promise<Frame> {
    return waitForVisibleCard(await browser.open(site));
  }

  /**
   * A card's calm closing line stays 2.5 s and then the card goes, too soon for axe in two
   * schemes: its markup is held still in a copy of the card's page (with no idea of its
   * own, so it shows nothing else), with the same styles, and checked there.
   */
  async function expectAccessibleHeld(card: Frame, what: string): Promise<void> {
    const markup = await card.locator('#app').innerHTML();
    const held = await browser.context.newPage();
    await held.goto(`${pages()}/nudge/index.html`);
    await held.evaluate((html) => {
      const app = document.getElementById('app');
      if (app) app.innerHTML = html;
    }, markup);
    await expectAccessible(held, what);
    await held.close();
  }

  /** Another idea, until the card offers one away from the screen (a hello to a neighbour). */
  async function untilAnIdeaAwayFromTheScreen(card: Frame): Promise<void> {
    for (let tries = 0; tries < 4 && !(await card.getByRole('button', { name: words('iDidIt'), exact: true }).isVisible()); tries += 1) {
      await askAnotherIdea(card);
    }
  }

  it('has no WCAG 2.2 AA violations in the card asking about energy, hearing a Low day, covered, with its menu open, after an idea done, thanking and at rest', async () => {
    // Before anyone is in the list: the ideas are small acts, two of them away from the screen.
    const card = await cardOn(SITE.x);
    await card.getByText(words('energyQuestion')).waitFor();
    await expectAccessible(card, 'the card asking about today’s energy');
    await card.getByRole('button', { name: words('energyLow'), exact: true }).click();
    await card.getByText(words('lowDayHeard')).waitFor();
    await expectAccessible(card, 'the card hearing a Low day');
    await card.getByRole('button', { name: words('lowDayTiny'), exact: true }).click();
    await card.locator('.card__prompt').waitFor();

    // A page lays something over the card and lets the click through: the card says so.
    await card.evaluate(() => {
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.style.cssText = 'position: fixed; inset: 0; background: rgb(255 255 255 / 0.5); pointer-events: none;';
      document.body.append(cover);
    });
    await card.locator('[data-seen="covered"]').waitFor();
    // Its menu opens all the same: opening it changes nothing; choosing in it does.
    await card.getByRole('button', { name: words('cardMenu'), exact: true }).click();
    await card.getByRole('button', { name: words('anotherIdea'), exact: true }).click();
    await card.getByText(words('cardCovered')).waitFor();
    await card.evaluate(() => document.getElementById('cover')?.remove());
    await card.getByRole('button', { name: words('notOnThisSite'), exact: true }).waitFor();
    await expectAccessible(card, 'the covered card, with its menu open');
    await card.getByRole('button', { name: words('cardMenu'), exact: true }).click();
    await card.locator('[data-seen="seen"]').waitFor();

    await untilAnIdeaAwayFromTheScreen(card);
    await card.getByRole('button', { name: words('iDidIt'), exact: true }).click();
    await card.getByText(words('offlineThanks')).waitFor();
    await expectAccessibleHeld(card, 'the card after an idea done');

    const another = await cardOn(SITE.facebook);
    await startWriting(another);
    await another.getByRole('button', { name: words('iSentIt'), exact: true }).click();
    await another.getByRole('button', { name: words('skip'), exact: true }).click();
    await another.getByText(words('thanksForReachingOut')).waitFor();
    await expectAccessible(another, 'the card thanking');

    // Low energy today rests every card for the day, until Unmute in the popup.
    const resting = await cardOn(SITE.linkedin);
    await resting.getByRole('button', { name: words('lowEnergyToday'), exact: true }).click();
    await resting.getByText(words('restingToday')).waitFor();
    await expectAccessibleHeld(resting, 'the card at rest');
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: words('unmute'), exact: true }).click();
    await popup.getByRole('button', { name: words('snoozeOneHour'), exact: true }).waitFor();
    await Promise.all([card.page().close(), another.page().close(), resting.page().close(), popup.close()]);
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

    // The card where it is shown, in its frame on the page.
    const card = await waitForVisibleCard(await browser.open(SITE.gmail));
    await card
      .getByRole('button', { name: new RegExp(`^(${words('writeIt')}|${words('iDidIt')})$`) })
      .first()
      .waitFor();
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

  it('has no WCAG 2.2 AA violations in Where, When and Your data, with an import to look at, the questions before deleting, contacts to choose from, and everything that happened', async () => {
    const options = await browser.context.newPage();
    await options.goto(`${pages()}/options/index.html#where`);
    await options.getByRole('heading', { name: words('sitesHeading'), level: 2 }).waitFor();
    await expectAccessible(options, 'Where');
    await options.getByRole('link', { name: words('scheduleHeading'), exact: true }).click();
    await options.getByRole('heading', { name: words('scheduleHeading'), level: 2 }).waitFor();
    await expectAccessible(options, 'When');

    // Your data, with everything that happened, an import to look at and the question
    // before deleting everything, all open at once.
    await options.getByRole('link', { name: words('dataHeading'), exact: true }).click();
    await options
      .getByRole('list', { name: words('happenedHeading') })
      .getByRole('listitem')
      .first()
      .waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: words('exportButton'), exact: true }).click()]);
    const backup = path.join(downloads, `${locale}.json`);
    await download.saveAs(backup);
    await options.getByLabel(words('importChoose'), { exact: true }).setInputFiles(backup);
    await options.getByRole('group', { name: words('importHolds') }).waitFor();
    await options.getByRole('button', { name: words('deleteEverything'), exact: true }).click();
    await options.getByRole('group', { name: words('deleteEverythingQuestion') }).waitFor();
    await expectAccessible(options, 'Your data, with everything that happened, an import to look at and the question before deleting everything');
    await options.getByRole('button', { name: words('importCancel'), exact: true }).click();
    await options.getByRole('button', { name: words('keepIt'), exact: true }).click();

    // The people, with contacts to choose from and the question before forgetting a person.
    await options.getByRole('link', { name: words('peopleHeading'), exact: true }).click();
    await options.getByRole('button', { name: words('contactsImport'), exact: true }).click();
    await options.getByLabel(words('contactsChoose'), { exact: true }).setInputFiles(path.join(FIXTURES, 'contacts', 'google.vcf'));
    await options
      .getByRole('group', { name: named('contactsFound', '3') })
      .getByRole('checkbox')
      .first()
      .waitFor();
    await options.getByRole('button', { name: named('personDeleteNamed', 'Maya'), exact: true }).click();
    await options.getByRole('button', { name: words('personKeep'), exact: true }).waitFor();
    await expectAccessible(options, 'the people, with contacts to choose from and the question before forgetting a person');
    await options.getByRole('button', { name: words('personKeep'), exact: true }).click();
    await options.getByRole('button', { name: words('contactsClose'), exact: true }).click();
    await options.close();
  });

  it('has no WCAG 2.2 AA violations in the popup paused, and in the popup that cannot reach its storage', async () => {
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: words('snoozeOneHour'), exact: true }).click();
    await popup.getByRole('button', { name: words('resume'), exact: true }).waitFor();
    await expectAccessible(popup, 'the popup, paused');
    await popup.getByRole('button', { name: words('resume'), exact: true }).click();
    await popup.close();

    // A browser that refuses the extension its storage (as Firefox does in some private
    // modes): the popup says it cannot reach it, and stays quiet.
    const refused = await browser.context.newPage();
    await refused.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      };
    });
    await refused.goto(browser.popupUrl);
    await refused.getByText(words('storageUnavailable')).waitFor();
    await expectAccessible(refused, 'the popup that cannot reach its storage');
    await refused.close();
  });
}
