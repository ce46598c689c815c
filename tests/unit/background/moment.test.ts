import { handleMoment } from '../../../src/background/moment';
import { siteById, type SiteId } from '../../../src/core/moments';
import { newNudge } from '../../../src/core/nudge';
import { seededRandom } from '../../../src/core/random';
import { templateById } from '../../../src/core/templates';
import { db } from '../../../src/db/database';
import { logHello } from '../../../src/db/hellos';
import { addNudge } from '../../../src/db/nudges';
import { addPerson } from '../../../src/db/people';
import { updateSettings } from '../../../src/db/settings';
import { maya } from '../../support/sample-data';
import { translateIn } from '../../support/words';

/**
 * What the moment hands the policy and the suggestion besides the recent cards: hellos
 * made away from the screen, the ideas shown lately, and how the latest hello felt.
 */
const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();
const TODAY = '2026-11-25';
/** Five moments through a day, each on a site of its own (one card a site a day), 2 hours apart. */
const THROUGH_THE_DAY: readonly [hour: number, site: SiteId][] = [
  [10, 'gmail'],
  [12, 'outlook'],
  [14, 'x'],
  [16, 'reddit'],
  [18, 'fastmail'],
];

async function ideaAt(now: number, seed = 'moment', site: SiteId = 'gmail') {
  const reply = await handleMoment(siteById(site), now, seededRandom(seed), translateIn('en'));
  if (!reply.show) return { reason: reply.reason, energy: undefined, templateId: undefined, personId: undefined };
  const nudge = await db.nudges.get(reply.nudgeId);
  const templateId = nudge?.suggestion.templateId;
  return { reason: 'show', templateId, energy: templateId ? templateById(templateId)?.energy : undefined, personId: nudge?.suggestion.personId };
}

beforeEach(async () => {
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0, dailyCap: 5, dayStartsAtMinutes: 240 });
});

describe('a moment', () => {
  it('rests once the hello meant for today was made away from the screen', async () => {
    await updateSettings({ intentionDay: TODAY });
    await logHello({ line: 'A chat with the neighbour' }, at(25, 9));
    expect((await ideaAt(at(25, 12))).reason).toBe('goal-met');
  });

  it('dates a card from the small hours to the day the person is still living, as the popup reads it', async () => {
    const reply = await handleMoment(siteById('gmail'), at(25, 2), seededRandom('late'), translateIn('en'));
    expect(reply.show && (await db.nudges.get(reply.nudgeId))?.day).toBe('2026-11-24');
  });

  it('offers another idea than the one shown last time', async () => {
    const first = await ideaAt(at(24, 12));
    const second = await ideaAt(at(25, 12));
    expect(second.templateId).toBeDefined();
    expect(second.templateId).not.toBe(first.templateId);
  });

  it('keeps the ideas small for the rest of a day on which a hello felt heavier, whatever energy was told', async () => {
    await updateSettings({ energyToday: { day: TODAY, level: 'good' } });
    const heavier = newNudge({ origin: 'popup', suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.' } }, at(25, 8), 240);
    await addNudge({ ...heavier, status: 'sent', finalText: 'Thank you.', sentAt: at(25, 8), feeling: 'heavier' });
    for (const [hour, site] of THROUGH_THE_DAY) {
      expect(await ideaAt(at(25, hour), `small-${hour}`, site)).toMatchObject({ reason: 'show', energy: 'low' });
    }
  });

  it('offers only small ideas for a person on a day told as low', async () => {
    const mayaId = await addPerson(maya, at(1, 9));
    await updateSettings({ energyToday: { day: TODAY, level: 'low' } });
    const ideas = [];
    for (const [hour, site] of THROUGH_THE_DAY) ideas.push(await ideaAt(at(25, hour), `low-${hour}`, site));
    expect(ideas.filter((idea) => idea.personId === mayaId).length).toBeGreaterThan(0);
    for (const idea of ideas) expect(idea).toMatchObject({ reason: 'show', energy: 'low' });
  });
});
