/**
 * Ideas over the weeks, as a person meets them in their inbox: every remembered detail has
 * its turn and a hard time is met gently. Weeks pass by moving the stored history back.
 * (An idea that felt heavier: ideas-heavier.test.ts; four people: ideas-people.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOf } from '../support/words';
import { SITE, startBrowser, waitForVisibleCard, type Session } from './helpers';
import { DAY_MINUTES, addPersonWithDetails, daysAgo, ideaOn, laterOn, okayDayAnyPace } from './ideas-support';

const EN = factsOf('en');

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
