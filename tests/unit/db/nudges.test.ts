import { newNudge, type Nudge, type NudgeStatus } from '../../../src/core/nudge';
import { defaultSettings } from '../../../src/core/settings';
import { nextDayStart } from '../../../src/core/time';
import { db } from '../../../src/db/database';
import { addNudge, getNudge, latestNudges, nudgesSince, recordStep } from '../../../src/db/nudges';
import { changeQuiet, getSettings, updateSettings } from '../../../src/db/settings';
import { addPerson, getPerson } from '../../../src/db/people';

const FOUR_AM = defaultSettings.dayStartsAtMinutes;
const at = (hour: number, minute = 0, day = 25) => new Date(2026, 10, day, hour, minute).getTime();
const suggestion = { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you for this.' };

function nudgeAt(shownAt: number, status: NudgeStatus = 'shown'): Nudge {
  return { ...newNudge({ origin: 'page', site: 'gmail', suggestion }, shownAt, FOUR_AM), status };
}

describe('storing nudges', () => {
  it('gives each new nudge an id and reads it back unchanged', async () => {
    const nudge = nudgeAt(at(9, 0));
    const id = await addNudge(nudge);
    const other = await addNudge(nudgeAt(at(10, 0)));
    expect(id).toBeGreaterThan(0);
    expect(other).not.toBe(id);
    expect(await getNudge(id)).toEqual({ ...nudge, id });
  });

  it('finds no nudge for an unknown id', async () => {
    expect(await getNudge(404)).toBeUndefined();
  });

  it('lists nudges shown at or after a time, oldest first', async () => {
    const times = [at(12, 0), at(8, 0), at(10, 0, 24), at(9, 30), at(9, 0)];
    for (const time of times) await addNudge(nudgeAt(time));
    const since = await nudgesSince(at(9, 0));
    expect(since.map((n) => n.shownAt)).toEqual([at(9, 0), at(9, 30), at(12, 0)]);
  });

  it('lists the latest nudges newest first, up to the limit', async () => {
    const times = [at(12, 0), at(8, 0), at(10, 0, 24), at(9, 30), at(9, 0)];
    for (const time of times) await addNudge(nudgeAt(time));
    expect((await latestNudges(3)).map((n) => n.shownAt)).toEqual([at(12, 0), at(9, 30), at(9, 0)]);
    expect(await latestNudges(10)).toHaveLength(times.length);
  });
});

describe('recordStep', () => {
  it('saves the new state of the nudge', async () => {
    const id = await addNudge(nudgeAt(at(9, 0)));
    const result = await recordStep(id, { kind: 'sent', text: 'Thank you, really.' }, at(9, 5));
    expect(result.ok).toBe(true);
    const saved = await getNudge(id);
    expect(saved).toMatchObject({ status: 'sent', finalText: 'Thank you, really.', sentAt: at(9, 5), updatedAt: at(9, 5) });
    if (result.ok) expect(result.nudge).toEqual(saved);
  });

  it('mutes until the next day starts when the person mutes from the card', async () => {
    const id = await addNudge(nudgeAt(at(9, 0)));
    await recordStep(id, { kind: 'mute' }, at(9, 2));
    expect((await getNudge(id))?.status).toBe('muted');
    expect((await getSettings()).mutedUntil).toBe(nextDayStart(at(9, 2), FOUR_AM));
  });

  it('does not mute again when a mute is retried on a nudge already muted, as after Unmute', async () => {
    const id = await addNudge(nudgeAt(at(9, 0)));
    await recordStep(id, { kind: 'mute' }, at(9, 2));
    // The person unmutes in the popup; then the card's late retry of the same tap arrives.
    await changeQuiet('unmute', at(9, 5));
    expect(await recordStep(id, { kind: 'mute' }, at(9, 6))).toMatchObject({ ok: true, nudge: { status: 'muted' } });
    expect((await getSettings()).mutedUntil).toBe(0);
  });

  it('saves neither the mute nor the nudge if saving the mute fails', async () => {
    const id = await addNudge(nudgeAt(at(9, 0)));
    const before = await getNudge(id);
    const fail = () => {
      throw new Error('disk full');
    };
    db.settings.hook('creating', fail);
    try {
      await expect(recordStep(id, { kind: 'mute' }, at(9, 2))).rejects.toThrow();
    } finally {
      db.settings.hook('creating').unsubscribe(fail);
    }
    expect(await getNudge(id)).toEqual(before);
    expect((await getSettings()).mutedUntil).toBe(0);
  });

  it('answers not-found for an unknown id and changes nothing', async () => {
    const id = await addNudge(nudgeAt(at(9, 0)));
    const before = await getNudge(id);
    expect(await recordStep(id + 100, { kind: 'mute' }, at(9, 2))).toEqual({ ok: false, error: 'not-found' });
    expect(await db.nudges.count()).toBe(1);
    expect(await getNudge(id)).toEqual(before);
    expect(await getSettings()).toEqual(defaultSettings);
  });

  it('changes nothing when the step is refused', async () => {
    const id = await addNudge(nudgeAt(at(9, 0)));
    const before = await getNudge(id);
    expect(await recordStep(id, { kind: 'reflect', feeling: 'lighter', note: 'x' }, at(9, 2))).toEqual({
      ok: false,
      error: 'step-not-allowed',
    });
    expect(await getNudge(id)).toEqual(before);
  });

  it('does not mute when muting a nudge that is already closed is refused', async () => {
    const id = await addNudge(nudgeAt(at(9, 0), 'dismissed'));
    const before = await getNudge(id);
    const result = await recordStep(id, { kind: 'mute' }, at(9, 2));
    expect(result).toEqual({ ok: false, error: 'step-not-allowed' });
    expect(await getNudge(id)).toEqual(before);
    expect((await getSettings()).mutedUntil).toBe(0);
  });

  it('keeps other settings when a mute is recorded', async () => {
    await updateSettings({ dailyCap: 1 });
    const id = await addNudge(nudgeAt(at(9, 0)));
    await recordStep(id, { kind: 'mute' }, at(9, 2));
    expect((await getSettings()).dailyCap).toBe(1);
  });
});

describe('a second I sent it', () => {
  it('changes nothing: not the note, not when it was sent, not when the person was last written to', async () => {
    const personId = await addPerson(
      { name: 'Maya', callName: 'Maya', handles: {}, rhythm: 'weekly', preferredChannel: 'any', memories: [], archived: false } as never,
      at(8),
    );
    const id = await addNudge({ ...nudgeAt(at(9)), suggestion: { ...suggestion, personId } });
    expect((await recordStep(id, { kind: 'sent', text: 'First words.' }, at(10))).ok).toBe(true);
    const once = { nudge: await getNudge(id), person: await getPerson(personId) };
    expect(once.person?.lastContactedAt).toBe(at(10));

    // A double click, or a retry after the service worker restarted, an hour later.
    expect((await recordStep(id, { kind: 'sent', text: 'Other words.' }, at(11))).ok).toBe(true);
    expect(await getNudge(id)).toEqual(once.nudge);
    expect(await getPerson(personId)).toEqual(once.person);
  });
});
