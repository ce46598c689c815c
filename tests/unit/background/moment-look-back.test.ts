import { handleMoment } from '../../../src/background/moment';
import { siteById } from '../../../src/core/moments';
import { newNudge, type NudgeStatus } from '../../../src/core/nudge';
import { seededRandom } from '../../../src/core/random';
import { db } from '../../../src/db/database';
import { addNudge } from '../../../src/db/nudges';
import { updateSettings } from '../../../src/db/settings';
import { translateIn } from '../../support/words';

/**
 * The background reads back far enough for every rule, even for a person whose hours run
 * across the start of their day (04:00): a card from 03:50 still counts at 04:10.
 */
const at = (hour: number, minute: number) => new Date(2026, 10, 25, hour, minute).getTime();
const BEFORE_THE_DAY_STARTS = at(3, 50);
const JUST_AFTER = at(4, 10);

const moment = (now: number) => handleMoment(siteById('gmail'), now, seededRandom('look-back'), translateIn('en'));

/** A card that came by itself on X at 03:50, in the state given. */
async function cardOnX(status: NudgeStatus): Promise<void> {
  const suggestion = { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.' };
  await addNudge({ ...newNudge({ origin: 'page', site: 'x', suggestion }, BEFORE_THE_DAY_STARTS, 240), status });
}

beforeEach(async () => {
  // Every hour open and no cap to speak of: only the card from before 04:00 can say no.
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0, dailyCap: 5, dayStartsAtMinutes: 240 });
});

describe('a moment just after the day starts', () => {
  it('sees a card still open from just before, so two cards are never open at once', async () => {
    await cardOnX('shown');
    expect(await moment(JUST_AFTER)).toEqual({ show: false, reason: 'already-showing' });
    expect(await db.nudges.count()).toBe(1);
  });

  it('keeps the gap between cards across the start of the day', async () => {
    await cardOnX('dismissed');
    expect(await moment(JUST_AFTER)).toEqual({ show: false, reason: 'cooldown' });
  });

  it('shows a card once the gap has passed', async () => {
    await cardOnX('dismissed');
    expect(await moment(BEFORE_THE_DAY_STARTS + 90 * 60_000)).toMatchObject({ show: true });
  });
});
