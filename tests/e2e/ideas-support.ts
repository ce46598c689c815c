/**
 * What the stories of ideas over the weeks share: cards at any pace, reading a card's idea
 * and every other one it has, a later moment (weeks pass by moving the stored history
 * back), and a person with several details.
 */
import type { Frame, Page } from 'playwright-core';
import { dayKey } from '../../src/core/time';
import { addPerson, moveNudgesBack, pastEnergyQuestion, setSettings, waitForVisibleCard, waitUntil, type Session } from './helpers';

/** A day, in the minutes the history is moved back by. */
export const DAY_MINUTES = 24 * 60;

/** Cards at any pace, on an okay day (told already, so no card asks). */
export async function okayDayAnyPace(browser: Session): Promise<void> {
  await setSettings(browser.context, browser.extensionId, {
    dailyCap: 20,
    cooldownMinutes: 0,
    energyToday: { day: dayKey(Date.now(), 4 * 60), level: 'okay' },
  });
}

/** The card's idea, as the person reads it: past today's energy question, if the card asks it first. */
export async function ideaOn(card: Frame): Promise<string> {
  await pastEnergyQuestion(card);
  return card.locator('.card__prompt').innerText();
}

/** Opens the card's menu (⋯) and waits for its items; returns whether it offers `item`. */
export async function menuOffers(card: Frame, item: string): Promise<boolean> {
  const menu = card.getByRole('button', { name: 'Menu', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  // The menu always offers to move the card: once that shows, every item has.
  await card.getByRole('button', { name: /^Move to the (left|right) corner$/ }).waitFor();
  return card.getByRole('button', { name: item, exact: true }).isVisible();
}

/** Another idea on the card, from its menu; undefined when it has none left. */
export async function anotherIdea(card: Frame): Promise<string | undefined> {
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
export async function everyIdeaOn(card: Frame): Promise<string[]> {
  const ideas = [await ideaOn(card)];
  for (let next = await anotherIdea(card); next !== undefined; next = await anotherIdea(card)) ideas.push(next);
  return ideas;
}

/** A new moment on `page`, `minutes` after the last: the history moves back, the person comes back to the tab and opens it again. */
export async function laterOn(browser: Session, page: Page, minutes: number): Promise<Frame> {
  await moveNudgesBack(browser.context, browser.extensionId, minutes);
  await page.bringToFront();
  await page.reload();
  return waitForVisibleCard(page);
}

/** Adds someone with several details on the settings page, as a person would: each its text, its kind and, for something coming up, its day. */
export async function addPersonWithDetails(
  browser: Session,
  person: { name: string; email: string; details: { text: string; kind: string; day?: string }[] },
): Promise<void> {
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
    const row = options
      .getByRole('listitem')
      .filter({ has: options.getByRole('textbox', { name: label, exact: true }) })
      .last();
    await row.getByRole('radio', { name: detail.kind, exact: true }).check();
    if (detail.day) await row.getByLabel('Its day', { exact: true }).fill(detail.day);
  }
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await options.getByText('Saved.').waitFor();
  await options.close();
}

/** "YYYY-MM-DD" of the local day `days` before today. */
export function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * DAY_MINUTES * 60_000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
