/**
 * With four people in the list, most ideas name one of them, and Why this? says why in kind
 * words: two cards a day over a week, as a person meets them. Days pass by moving the stored
 * history back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { factsOf } from '../support/words';
import { SITE, addPerson, cardText, moveNudgesBack, startBrowser, waitForVisibleCard, waitUntil, type Session } from './helpers';
import { DAY_MINUTES, ideaOn, laterOn, menuOffers, okayDayAnyPace } from './ideas-support';

const EN = factsOf('en');

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
        await waitUntil(async () => /You wanted to write to .+ every two weeks\.|You can reach .+ from here\./.test(await cardText(card)), {
          timeout: 10_000,
          what: 'why this',
        });
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
