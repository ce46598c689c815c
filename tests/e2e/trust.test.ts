/**
 * The card keeps faith with the person on a page that works against it: each story runs
 * on tests/fixtures/gmail-adversary.html, which does what a careless or hostile page does.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { offersKindReply } from '../../src/core/templates';
import {
  addPerson,
  askAnotherIdea,
  startWriting,
  ensureWrittenIdea,
  pastEnergyQuestion,
  SITE,
  cardBox,
  cardFrame,
  moveNudgesBack,
  readNudges,
  setSettings,
  startBrowser,
  waitForCardGone,
  waitForVisibleCard,
  waitUntil,
  type Session,
  closeCard,
} from './helpers';

const COVERED = 'This page is covering this card or changing how it looks';

interface Adversary {
  removed: number;
  restyled: number;
  heard: { origin: string; data: string }[];
}

/** What the adversary page has seen so far. */
function adversary(page: Page): Promise<Adversary> {
  return page.evaluate(() => (window as unknown as { __adversary: Adversary }).__adversary);
}

/**
 * Waits until the browser reports the card as covered (or, with `visible`, in plain view
 * again): the same IntersectionObserver v2 signal the card itself listens to.
 */
async function waitForCardVisibility(card: Frame, visible: boolean): Promise<void> {
  await card.evaluate(
    (wanted) =>
      new Promise<void>((resolve) => {
        const options = { trackVisibility: true, delay: 100 } as IntersectionObserverInit;
        const observer = new IntersectionObserver((entries) => {
          if (entries.some((entry) => (entry as IntersectionObserverEntry & { isVisible: boolean }).isVisible === wanted)) {
            observer.disconnect();
            resolve();
          }
        }, options);
        const section = document.querySelector('section');
        if (section) observer.observe(section);
      }),
    visible,
  );
  // This observer is new and answers at once; the card's own reports at most every 100 ms
  // (the limit docs/architecture.md names), so on a busy machine it can learn of a cover a
  // moment later. The stories click after that moment, not inside the documented limit.
  if (!visible) await card.page().waitForTimeout(150);
}

/** Waits until the card has stopped growing, so that a button stays where it was found. */
async function waitForSteadyCard(card: Frame): Promise<void> {
  let last = -1;
  await waitUntil(
    async () => {
      const { height } = await cardBox(card);
      const steady = height === last;
      last = height;
      return steady;
    },
    { interval: 100, what: 'the card to settle' },
  );
}

/** A real mouse click at the middle of a card button, wherever the page let it land. */
async function mouseClick(page: Page, card: Frame, name: string): Promise<void> {
  const box = await card.getByRole('button', { name, exact: true }).boundingBox();
  if (!box) throw new Error(`The card has no ${name} button on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('on a page that works against the card', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser({ fixtures: { 'mail.google.com': 'gmail-adversary.html' } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    // Each story gets a fresh day's card: earlier ones belong to two days ago.
    await moveNudgesBack(browser.context, browser.extensionId, 2 * 24 * 60);
    await setSettings(browser.context, browser.extensionId, { mutedUntil: 0, snoozedUntil: 0, cardCorners: {} });
  });

  it('hides its host from the page: no shadow root to reach, nothing inside to read', async () => {
    const page = await browser.open(SITE.gmail);
    await waitForVisibleCard(page);
    const hosts = await page.evaluate(() =>
      [...document.documentElement.children]
        .filter((child) => child !== document.head && child !== document.body)
        .map((child) => ({ shadowRoot: child.shadowRoot === null ? 'none' : 'reachable', inner: child.innerHTML, text: child.textContent })),
    );
    expect(hosts).toEqual([{ shadowRoot: 'none', inner: '', text: '' }]);
  });

  it('says nothing the page can hear while the person uses it', async () => {
    const page = await browser.open(`${SITE.gmail}?listen`);
    const card = await waitForVisibleCard(page);
    await startWriting(card);
    await card.getByRole('button', { name: 'Copy', exact: true }).click();
    await card.getByText('Copied').waitFor();
    await card.getByRole('button', { name: 'I sent it', exact: true }).click();
    await card.getByRole('button', { name: 'Skip', exact: true }).click();
    await closeCard(page, card);

    // The card grew, changed and closed; the page heard none of it.
    expect((await adversary(page)).heard).toEqual([]);
  });

  it('acts on no click the person could not see, says so, and acts once it is in view again', async () => {
    const page = await browser.open(`${SITE.gmail}?decoy`);
    const card = await waitForVisibleCard(page);
    await ensureWrittenIdea(card);
    await waitForSteadyCard(card);
    await page.evaluate(() => (window as unknown as { __cover(): void }).__cover());
    await waitForCardVisibility(card, false);

    await mouseClick(page, card, 'Low energy today');
    await card.getByText(COVERED).waitFor();
    await mouseClick(page, card, 'Write it');
    const [nudge] = await readNudges(browser.context, browser.extensionId).then((all) => all.slice(-1));
    expect(nudge?.status).toBe('shown');
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Low energy today', exact: true }).waitFor();
    expect(await popup.getByText('Resting today').count()).toBe(0);
    await popup.close();

    // Uncovered and seen for a moment, the same button does what it says.
    await page.evaluate(() => document.querySelector('[popover]')?.remove());
    await waitForCardVisibility(card, true);
    await page.waitForTimeout(600);
    await mouseClick(page, card, 'Low energy today');
    await card.getByText('Resting today').waitFor();
  });

  it('hands no text over through a covered Copy or Open in Gmail', async () => {
    const page = await browser.open(`${SITE.gmail}?decoy`);
    const card = await waitForVisibleCard(page);
    await startWriting(card);
    await card.getByRole('textbox', { name: 'Your note', exact: true }).waitFor();
    await waitForSteadyCard(card);
    await page.evaluate(() => (window as unknown as { __cover(): void }).__cover());
    await waitForCardVisibility(card, false);
    const composeWindows = () => browser.network.served.filter((url) => url.includes('view=cm')).length;
    const composedBefore = composeWindows();

    await mouseClick(page, card, 'Copy');
    await card.getByText(COVERED).waitFor();
    await mouseClick(page, card, 'Open in Gmail');
    await mouseClick(page, card, 'I sent it');
    expect(await card.getByText('Copied').count()).toBe(0);
    expect(await card.getByText('How do you feel now?').count()).toBe(0);
    const [nudge] = await readNudges(browser.context, browser.extensionId).then((all) => all.slice(-1));
    expect(nudge).toMatchObject({ status: 'writing' });
    expect(nudge?.finalText).toBeUndefined();
    expect(composeWindows()).toBe(composedBefore);
  });

  it('under a page-wide filter, says it cannot be used here and points to the same idea in the popup', async () => {
    const page = await browser.open(`${SITE.gmail}?decoy`);
    const card = await waitForVisibleCard(page);
    await ensureWrittenIdea(card);
    await page.evaluate(() => (window as unknown as { __fade(filter: string): void }).__fade('invert(1) hue-rotate(180deg)'));
    await waitForCardVisibility(card, false);
    const prompt = await card.locator('.card__prompt').innerText();

    await startWriting(card);
    await card.getByText(COVERED).waitFor();
    expect(await card.getByRole('textbox').count()).toBe(0);

    const popup = await browser.openPopup();
    await popup.getByRole('region', { name: "Today's small hello" }).getByText(prompt, { exact: true }).waitFor();
    await popup.getByRole('button', { name: 'Write it', exact: true }).click();
    await popup.getByRole('textbox', { name: 'Your note', exact: true }).waitFor();
    await popup.close();
    // The close button always works, so the person is never stuck with a card they cannot use.
    await closeCard(page, card);
  });

  it('acts on no click while the page fades itself out with opacity on <html>', async () => {
    const page = await browser.open(`${SITE.gmail}?decoy`);
    const card = await waitForVisibleCard(page);
    await ensureWrittenIdea(card);
    await waitForSteadyCard(card);
    await page.evaluate(() => (window as unknown as { __dim(opacity: string): void }).__dim('0.02'));
    await waitForCardVisibility(card, false);

    // Nothing is in front of the card, so the clicks land on its buttons; they do nothing.
    await mouseClick(page, card, 'Low energy today');
    await card.getByText(COVERED).waitFor();
    await mouseClick(page, card, 'Write it');
    await mouseClick(page, card, 'Not now');
    expect(await card.getByRole('textbox').count()).toBe(0);
    const [nudge] = await readNudges(browser.context, browser.extensionId).then((all) => all.slice(-1));
    expect(nudge?.status).toBe('shown');
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Low energy today', exact: true }).waitFor();
    expect(await popup.getByText('Resting today').count()).toBe(0);
    await popup.close();
    await closeCard(page, card);
  });

  /**
   * Opens Gmail in a fixture mode that keeps taking the card away (`fight` removes it,
   * `restyle` hides it again), and checks what must hold once the guard gives up: the
   * card made there forgotten, the page answering at once, put back three times and then
   * left alone. Returns the page.
   */
  async function pageTheGuardGivesUpOn(mode: 'fight' | 'restyle'): Promise<Page> {
    const count = mode === 'fight' ? 'removed' : 'restyled';
    const opened = Date.now();
    const page = await browser.open(`${SITE.gmail}?${mode}`);
    await waitUntil(async () => (await adversary(page))[count] > 0, { what: `the page to take the card away (${mode})` });
    const madeToday = async () => (await readNudges(browser.context, browser.extensionId)).filter((nudge) => nudge.shownAt >= opened);
    await waitUntil(async () => (await madeToday()).length === 0, { what: 'the unseen card to be forgotten' });
    const started = Date.now();
    expect(await page.evaluate(() => document.title)).toContain('Mail');
    expect(Date.now() - started).toBeLessThan(1_000);
    // Put back three times, then left alone.
    expect((await adversary(page))[count]).toBe(4);
    expect(cardFrame(page)).toBeUndefined();
    return page;
  }

  it('gives up on a page that removes it forever: the page keeps answering and the day is not spent', async () => {
    // The card was made (the page removed it), then forgotten once the guard gave up.
    await pageTheGuardGivesUpOn('fight');
    const outlook = await browser.open(SITE.outlook);
    await waitForVisibleCard(outlook);
  });

  it('gives up on a page that keeps hiding it again: the page keeps answering and the day is not spent', async () => {
    const page = await pageTheGuardGivesUpOn('restyle');
    const foreign = await page.evaluate(() => [...document.documentElement.children].filter((child) => child !== document.head && child !== document.body).length);
    expect(foreign).toBe(0);
  });

  it('keeps its header and close button in a 560 px high window with Help me reply kindly open, also when scrolled', async () => {
    // Someone whose "first week at the new job" has just begun: a note asking how it went,
    // where Help me reply kindly is offered.
    const yesterday = new Date(Date.now() - 24 * 60 * 60_000).toLocaleDateString('en-CA');
    await addPerson(browser, { name: 'Maya Lind', email: 'maya@example.com', detail: 'your first week at the new job', kind: 'Something coming up', day: yesterday });
    const height = 560;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height });
    await page.goto(SITE.gmail);
    const card = await waitForVisibleCard(page);
    const latestIdea = async () => (await readNudges(browser.context, browser.extensionId)).at(-1)?.suggestion.templateId ?? '';
    await pastEnergyQuestion(card);
    for (let tries = 0; tries < 3 && !offersKindReply(await latestIdea()); tries += 1) await askAnotherIdea(card);
    expect(offersKindReply(await latestIdea()), 'an idea with Help me reply kindly').toBe(true);
    await startWriting(card);
    await card.getByRole('button', { name: 'Help me reply kindly', exact: true }).click();
    await card.getByRole('textbox', { name: '3. One gentle question', exact: true }).waitFor();
    await waitForSteadyCard(card);

    const heading = card.getByRole('heading', { name: 'A small hello', exact: true });
    const close = card.getByRole('button', { name: 'Close', exact: true });
    const onScreen = async () => {
      for (const control of [heading, close]) {
        const box = await control.boundingBox();
        if (!box || box.y < 0 || box.y + box.height > height) return false;
      }
      return true;
    };
    const frame = await cardBox(card);
    expect(frame.y, 'the card’s top').toBeGreaterThanOrEqual(0);
    expect(frame.y + frame.height, 'the card’s bottom').toBeLessThanOrEqual(height);
    expect(await onScreen(), 'header and close button').toBe(true);

    // The body scrolls to its last button; the header stays where it was.
    const sent = card.getByRole('button', { name: 'I sent it', exact: true });
    await sent.scrollIntoViewIfNeeded();
    const box = await sent.boundingBox();
    expect(box !== null && box.y >= 0 && box.y + box.height <= height, 'I sent it, scrolled to').toBe(true);
    expect(await card.locator('.card__body').evaluate((body) => body.scrollTop)).toBeGreaterThan(0);
    expect(await onScreen(), 'header and close button after scrolling').toBe(true);
    await close.click();
    await waitForCardGone(page);
    await page.close();
  });

  it('stays inside a short window, close button and all, with its body scrolling', async () => {
    for (const height of [420, 280]) {
      await moveNudgesBack(browser.context, browser.extensionId, 2 * 24 * 60);
      const page = await browser.context.newPage();
      // 280 px is a 560 px window at 200 % zoom.
      await page.setViewportSize({ width: height === 280 ? 640 : 1280, height });
      await page.goto(SITE.gmail);
      const card = await waitForVisibleCard(page);
      await startWriting(card);
      const close = card.getByRole('button', { name: 'Close', exact: true });
      const sent = card.getByRole('button', { name: 'I sent it', exact: true });
      await sent.waitFor();
      const inWindow = async () => {
        const box = await close.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= height;
      };
      await waitUntil(async () => (await cardBox(card)).height > 150, { what: 'the card to grow for the draft' });
      expect(await inWindow(), `close button in a ${height} px window`).toBe(true);
      const frame = await cardBox(card);
      expect(frame.y).toBeGreaterThanOrEqual(0);
      expect(frame.y + frame.height).toBeLessThanOrEqual(height);

      // The last button is reached by scrolling inside the card; the header stays put.
      await sent.scrollIntoViewIfNeeded();
      const box = await sent.boundingBox();
      expect(box && box.y + box.height <= height).toBe(true);
      expect(await inWindow(), `close button after scrolling in a ${height} px window`).toBe(true);
      await close.click();
      await waitForCardGone(page);
      await page.close();
    }
  });

  it('moves to the other corner from its menu, and stays there on that site', async () => {
    const page = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(page);
    expect((await cardBox(card)).x).toBeGreaterThan(600);
    await pastEnergyQuestion(card);
    await card.getByRole('button', { name: 'Menu', exact: true }).click();
    await card.getByRole('button', { name: 'Move to the left corner', exact: true }).click();
    await waitUntil(async () => (await cardBox(card)).x < 40, { what: 'the card to move left' });
    await closeCard(page, card);

    await moveNudgesBack(browser.context, browser.extensionId, 2 * 24 * 60);
    await page.reload();
    const again = await waitForVisibleCard(page);
    expect((await cardBox(again)).x).toBeLessThan(40);
    await pastEnergyQuestion(again);
    await again.getByRole('button', { name: 'Menu', exact: true }).click();
    await again.getByRole('button', { name: 'Move to the right corner', exact: true }).waitFor();
    await again.getByRole('button', { name: 'Close', exact: true }).click();

    // Another site keeps the usual corner.
    await moveNudgesBack(browser.context, browser.extensionId, 2 * 24 * 60);
    const outlook = await browser.open(SITE.outlook);
    expect((await cardBox(await waitForVisibleCard(outlook))).x).toBeGreaterThan(600);
  });

  it('closes at once when the person chooses Low energy today in the popup', async () => {
    const page = await browser.open(SITE.gmail);
    await waitForVisibleCard(page);
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Low energy today', exact: true }).click();
    await popup.getByText('Resting today').waitFor();
    await waitForCardGone(page, 2_000);
  });
});

describe('when the extension goes away', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser({ fixtures: { 'mail.google.com': 'gmail-adversary.html' } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('leaves nothing on the page within a second of a reload, and no longer guards it', async () => {
    const page = await browser.open(SITE.gmail);
    await waitForVisibleCard(page);
    const [worker] = browser.context.serviceWorkers();
    if (!worker) throw new Error('The extension has no service worker');
    const foreign = () =>
      page.evaluate(() => [...document.documentElement.children].filter((child) => child !== document.head && child !== document.body).length);
    expect(await foreign()).toBe(1);

    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await waitUntil(async () => (await foreign()) === 0, { timeout: 1_000, interval: 50, what: 'the dead card to leave' });
    // Playwright hears of the removed frame a moment after the page has lost it.
    await waitUntil(() => !cardFrame(page), { timeout: 1_000, interval: 50, what: 'the dead card’s frame to go' });
  });
});
