/**
 * Ideas over the weeks, as a person meets them in their inbox: every remembered detail has
 * its turn and a hard time is met gently, an idea that felt heavier stays away, and most
 * ideas name someone. Weeks pass by moving the stored history back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { dayKey } from '../../src/core/time';
import { factsOf } from '../support/words';
import {
  SITE,
  addPerson,
  cardText,
  ensureWrittenIdea,
  message,
  moveNudgesBack,
  pastEnergyQuestion,
  setSettings,
  startBrowser,
  waitForVisibleCard,
  waitUntil,
  type Session,
} from './helpers';

const DAY_MINUTES = 24 * 60;
const EN = factsOf('en');

/** Cards at any pace, on an okay day (told already, so no card asks). */
async function okayDayAnyPace(browser: Session): Promise<void> {
  await setSettings(browser.context, browser.extensionId, {
    dailyCap: 20,
    cooldownMinutes: 0,
    energyToday: { day: dayKey(Date.now(), 4 * 60), level: 'okay' },
  });
}

/** The card's idea, as the person reads it: past today's energy question, if the card asks it first. */
async function ideaOn(card: Frame): Promise<string> {
  await pastEnergyQuestion(card);
  return card.locator('.card__prompt').innerText();
}

/** Opens the card's menu (⋯) and waits for its items; returns whether it offers `item`. */
async function menuOffers(card: Frame, item: string): Promise<boolean> {
  const menu = card.getByRole('button', { name: 'Menu', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  // The menu always offers to move the card: once that shows, every item has.
  await card.getByRole('button', { name: /^Move to the (left|right) corner$/ }).waitFor();
  return card.getByRole('button', { name: item, exact: true }).isVisible();
}

/** Another idea on the card, from its menu; undefined when it has none left. */
async function anotherIdea(card: Frame): Promise<string | undefined> {
  const before = await ideaOn(card);
  if (!(await menuOffers(card, 'Another idea'))) {
    await card.getByRole('button', { name: 'Menu', exact: true }).click();
    return undefined;
  }
  await card.getByRole('button', { name: 'Another idea', exact: true }).click();
  // The background may take a while on a busy machine; the card itself asks only once per click.
  await waitUntil(async () => (await ideaOn(card)) !== before, { timeout: 15_000, what: 'another idea' });
  return ideaOn(card);
}

/** The card's idea and every other one it still has. */
async function everyIdeaOn(card: Frame): Promise<string[]> {
  const ideas = [await ideaOn(card)];
  for (let next = await anotherIdea(card); next !== undefined; next = await anotherIdea(card)) ideas.push(next);
  return ideas;
}

/** A new moment on `page`, `minutes` after the last: the history moves back, the person comes back to the tab and opens it again. */
async function laterOn(browser: Session, page: Page, minutes: number): Promise<Frame> {
  await moveNudgesBack(browser.context, browser.extensionId, minutes);
  await page.bringToFront();
  await page.reload();
  return waitForVisibleCard(page);
}

/** Adds someone with several details on the settings page, as a person would: each its text, its kind and, for something coming up, its day. */
async function addPersonWithDetails(browser: Session, person: { name: string; email: string; details: { text: string; kind: string; day?: string }[] }): Promise<void> {
  const [first, ...more] = person.details;
  if (!first) throw new Error('a person here has at least one detail');
  await addPerson(browser, { name: person.name, email: person.email, detail: first.text, kind: first.kind, ...(first.day ? { day: first.day } : {}) });
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
  await options.getByRole('button', { name: `Edit ${person.name}`, exact: true }).click();
  for (const [index, detail] of more.entries()) {
    const label = `Detail ${index + 2}`;
    await options.getByRole('button', { name: 'Add a detail', exact: true }).click();
    await options.getByRole('textbox', { name: label, exact: true }).fill(detail.text);
    // The detail's own row: the innermost list item around its text.
    const row = options.getByRole('listitem').filter({ has: options.getByRole('textbox', { name: label, exact: true }) }).last();
    await row.getByRole('radio', { name: detail.kind, exact: true }).check();
    if (detail.day) await row.getByLabel('Its day', { exact: true }).fill(detail.day);
  }
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await options.getByText('Saved.').waitFor();
  await options.close();
}

/** "YYYY-MM-DD" of the local day `days` before today. */
function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * DAY_MINUTES * 60_000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

describe('a friend with five details, a hard time among them', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
    await okayDayAnyPace(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('hears the hard time gently, never with cheer, and every other detail but the good news in turn, over twenty ideas', async () => {
    await addPersonWithDetails(browser, {
      name: 'Maya Lindqvist',
      email: 'maya@example.com',
      details: [
        { text: 'your new job', kind: 'Good news' },
        { text: 'your dad being in hospital', kind: 'A hard time' },
        { text: 'your pottery class', kind: 'An interest' },
        { text: 'your exams', kind: 'Something coming up', day: daysAgo(3) },
        { text: 'our trip to the coast', kind: 'A shared memory' },
      ],
    });
    const gmail = await browser.open(SITE.gmail);
    const ideas = [await ideaOn(await waitForVisibleCard(gmail))];
    // A new moment every two days: nothing is written, so Maya stays the one to write to.
    while (ideas.length < 20) ideas.push(await ideaOn(await laterOn(browser, gmail, 2 * DAY_MINUTES)));

    for (const idea of ideas) {
      expect(idea, 'every idea names Maya').toContain('Maya');
      for (const words of EN.notForAHardTime) expect(idea, `said to Maya in a hard time: ${idea}`).not.toMatch(words);
    }
    const naming = (detail: string) => ideas.filter((idea) => idea.includes(detail)).length;
    expect(naming('their dad being in hospital')).toBeGreaterThanOrEqual(1);
    expect(naming('their pottery class')).toBeGreaterThanOrEqual(1);
    expect(naming('their exams')).toBeGreaterThanOrEqual(1);
    expect(naming('your trip to the coast')).toBeGreaterThanOrEqual(1);
    expect(naming('their new job'), 'good news waits while the hard time is noted').toBe(0);
  }, 240_000);
});

describe('an idea that felt heavier', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
    await okayDayAnyPace(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is not offered again for two weeks, and then not as the first idea of a day', async () => {
    const gmail = await browser.open(SITE.gmail);
    let card = await waitForVisibleCard(gmail);
    await ideaOn(card);
    await ensureWrittenIdea(card);
    const heavy = await ideaOn(card);
    await card.getByRole('button', { name: 'Write it', exact: true }).click();
    await card.getByRole('button', { name: 'I sent it', exact: true }).click();
    await card.getByRole('button', { name: 'Heavier', exact: true }).click();
    await card.getByRole('button', { name: 'Done', exact: true }).click();
    await card.getByText(message('en', 'heavierAnswer')).waitFor();

    // Outlook is open too; no card comes straight after a Heavier.
    const outlook = await browser.open(SITE.outlook);
    const offered: string[] = [];
    let daysPassed = 0;
    // Every other day until two weeks have passed: the day's first card, then one half an
    // hour later on Outlook, each with every other idea it has.
    for (const day of [2, 4, 6, 8, 10, 12, 13]) {
      card = await laterOn(browser, gmail, (day - daysPassed) * DAY_MINUTES);
      daysPassed = day;
      offered.push(...(await everyIdeaOn(card)));
      card = await laterOn(browser, outlook, 31);
      offered.push(...(await everyIdeaOn(card)));
    }
    expect(offered.length).toBeGreaterThan(40);
    expect(offered, `${heavy} came back within two weeks`).not.toContain(heavy);

    for (const day of [14, 15, 16, 17]) {
      card = await laterOn(browser, gmail, (day - daysPassed) * DAY_MINUTES);
      daysPassed = day;
      expect(await everyIdeaOn(card), `${heavy} opened day ${day}`).not.toContain(heavy);
    }
  }, 300_000);
});

describe('four people in the list', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
    await okayDayAnyPace(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('are named on at least four ideas in five, two cards a day, each saying why in kind words', async () => {
    const people = [
      { name: 'Maya Lindqvist', email: 'maya@example.com', detail: 'your allotment', kind: 'An interest' },
      { name: 'Sam Reid', email: 'sam@example.com', detail: 'our trip to the coast', kind: 'A shared memory' },
      { name: 'Priya Shah', email: 'priya@example.com', detail: 'the baby', kind: 'Good news' },
      { name: 'Tom Becker', email: 'tom@example.com', detail: 'the cello', kind: 'An interest' },
    ];
    for (const person of people) await addPerson(browser, person);
    const callNames = people.map((person) => person.name.split(' ')[0] as string);
    const ideas: string[] = [];
    /** The idea on a card, with what Why this? says about it when it names someone. */
    const read = async (card: Frame) => {
      const idea = await ideaOn(card);
      ideas.push(idea);
      if (callNames.some((name) => idea.includes(name))) {
        expect(await menuOffers(card, 'Why this?'), `Why this? for ${idea}`).toBe(true);
        await card.getByRole('button', { name: 'Why this?', exact: true }).click();
        await waitUntil(async () => /You wanted to write to .+ every two weeks\.|You can reach .+ from here\./.test(await cardText(card)), { timeout: 10_000, what: 'why this' });
        for (const words of EN.shaming) expect(await cardText(card)).not.toMatch(words);
      }
    };
    // Two cards a day for eight days: Gmail, then Outlook half an hour later.
    const gmail = await browser.open(SITE.gmail);
    await read(await waitForVisibleCard(gmail));
    await moveNudgesBack(browser.context, browser.extensionId, 31);
    const outlook = await browser.open(SITE.outlook);
    await read(await waitForVisibleCard(outlook));
    for (let day = 1; day < 8; day += 1) {
      await read(await laterOn(browser, gmail, DAY_MINUTES - 31));
      await read(await laterOn(browser, outlook, 31));
    }
    const named = ideas.filter((idea) => callNames.some((name) => idea.includes(name)));
    expect(named.length / ideas.length, ideas.join('\n')).toBeGreaterThanOrEqual(0.8);
    expect(new Set(named.map((idea) => callNames.find((name) => idea.includes(name)))).size).toBe(4);
  }, 240_000);
});
