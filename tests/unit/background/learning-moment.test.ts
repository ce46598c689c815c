import { handleMoment } from '../../../src/background/moment';
import { emptyLearning, type LearnedState } from '../../../src/core/learning';
import { siteById } from '../../../src/core/moments';
import { newNudge } from '../../../src/core/nudge';
import { db } from '../../../src/db/database';
import { forgetLearning, readLearning } from '../../../src/db/learning';
import { addNudge } from '../../../src/db/nudges';
import { updateSettings } from '../../../src/db/settings';
import { always, DAY_STARTS, learnedOver, on, WEEKDAYS_OF_NOVEMBER, type Happening } from '../../support/learning';
import { translateIn } from '../../support/words';

/** Four weeks in which morning emails were let go and evening messages taken up. */
const HABITS: readonly Happening[] = [
  { kind: 'email', hour: 9, takenUp: false },
  { kind: 'email', hour: 10 },
  { kind: 'email', hour: 11 },
  { kind: 'messages', hour: 19, takenUp: true },
  { kind: 'messages', hour: 20 },
];
const MONDAY_MORNING = on(30, 9);
const NOT_EXPLORING = always(0.99);

async function learned(state: LearnedState): Promise<void> {
  await db.learning.put({ key: 'learning', state });
}

const momentAt = (site: 'gmail' | 'whatsapp', now: number) => handleMoment(siteById(site), now, NOT_EXPLORING, translateIn('en'));

beforeEach(async () => {
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0, dayStartsAtMinutes: DAY_STARTS });
});

describe('a moment, with what was learned', () => {
  it('keeps the card for later where cards are let go and welcome moments usually come later today', async () => {
    await learned({ ...emptyLearning(MONDAY_MORNING), receptivity: learnedOver(WEEKDAYS_OF_NOVEMBER, HABITS) });
    expect(await momentAt('gmail', MONDAY_MORNING)).toEqual({ show: false, reason: 'better-moment-ahead' });
    expect(await momentAt('whatsapp', on(30, 19))).toMatchObject({ show: true });
  });

  it('comes as it always did with learning switched off', async () => {
    await updateSettings({ learningOn: false });
    await learned({ ...emptyLearning(MONDAY_MORNING), receptivity: learnedOver(WEEKDAYS_OF_NOVEMBER, HABITS) });
    expect(await momentAt('gmail', MONDAY_MORNING)).toMatchObject({ show: true });
    // Nothing is learned while it is off.
    expect((await readLearning()).receptivity.lastDay).toBe('2026-11-27');
  });

  it('counts the moment, and learns from each card once it has settled, without rereading what it learned', async () => {
    expect(await momentAt('gmail', on(2, 9))).toMatchObject({ show: true });
    let state = await readLearning();
    expect(state.receptivity.moments['email|weekday|morning']).toBeCloseTo(1, 5);
    expect(state.receptivity.outcomes).toEqual({});

    // The card was written from; an hour later another moment teaches its outcome, once.
    const [card] = await db.nudges.toArray();
    await db.nudges.update(card?.id ?? 0, { status: 'sent' });
    await momentAt('whatsapp', on(2, 10));
    state = await readLearning();
    expect(state.receptivity.outcomes['email|weekday|morning']?.yes).toBeCloseTo(1, 2);
    await momentAt('whatsapp', on(2, 11));
    expect((await readLearning()).receptivity.outcomes['email|weekday|morning']?.yes).toBeCloseTo(1, 2);
  });

  it('forgets what was learned, and does not learn it again from the history', async () => {
    const shown = newNudge(
      { origin: 'page', site: 'gmail', suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.' } },
      on(2, 9),
      DAY_STARTS,
    );
    await addNudge({ ...shown, status: 'sent' });
    await momentAt('whatsapp', on(2, 11));
    expect((await readLearning()).receptivity.outcomes).not.toEqual({});
    await forgetLearning(on(2, 12));
    await momentAt('whatsapp', on(3, 11));
    expect((await readLearning()).receptivity.outcomes).toEqual({});
  });
});
