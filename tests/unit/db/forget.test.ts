import { db } from '../../../src/db/database';
import { forgetPerson, previewForget } from '../../../src/db/forget';
import { clearHistory, countHistory, deleteEverything, pruneHistory } from '../../../src/db/history';
import { getSettings, updateSettings } from '../../../src/db/settings';
import { newNudge, type Nudge } from '../../../src/core/nudge';
import { addPerson } from '../../../src/db/people';
import { at, everything, jo, seedEverything } from '../../support/sample-data';

describe('forgetting a person', () => {
  it('says exactly what goes before anything goes', async () => {
    const { mayaId } = await seedEverything();
    const preview = await previewForget(mayaId);
    // Two ideas for or about her, the coffee logged with her, and the Friday call.
    expect(preview).toMatchObject({ email: true, phone: true, birthday: true, handles: 1, details: 2, history: 3, rituals: 1 });
    expect((await everything()).people).toHaveLength(2);
  });

  it('leaves no trace of their name, address, number or details in any table', async () => {
    const { mayaId, joId } = await seedEverything();
    expect(await forgetPerson(mayaId)).toBe(3);
    const left = JSON.stringify(await everything());
    for (const trace of ['Maya', 'Lindqvist', 'maya@example.com', '+46 70 123 45 67', 'the cello lessons', 'your new job', 'maya.bsky.social', '--03-12']) {
      expect(left, trace).not.toContain(trace);
    }
    // Jo and Jo's history stay, without the link to the person set aside on Jo's card.
    const { people, nudges, hellos, rituals } = await everything();
    expect(people.map((person) => person.id)).toEqual([joId]);
    expect(hellos.map((hello) => hello.line)).toEqual(['a chat with the neighbour']);
    expect(rituals).toEqual([]);
    expect(nudges).toHaveLength(1);
    expect(nudges[0]?.tried?.personIds).toEqual([]);
  });

  it('takes a remembered detail only where it stands as a whole word, so other people’s history stays', async () => {
    const mayaId = await addPerson({ ...jo, name: 'Maya Lindqvist', callName: 'Maya', memories: [{ id: 'w', text: 'work', kind: 'other' }] }, at(1));
    const joId = await addPerson(jo, at(2));
    const note = (finalText: string, personId?: number): Nudge => ({
      ...newNudge(
        { origin: 'popup', suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.', ...(personId ? { personId } : {}) } },
        at(20),
        240,
      ),
      status: 'sent',
      finalText,
      sentAt: at(20, 11),
    });
    await db.nudges.bulkAdd([note('Hi Jo, how did the homework go?', joId), note('Hope work is kinder this week.'), note('Networking tips for Jo')]);
    await db.hellos.add({ at: at(23), day: '2026-11-23', line: 'helped with homework' });
    expect(await forgetPerson(mayaId)).toBe(1);
    const { nudges, hellos } = await everything();
    expect(nudges.map((nudge) => nudge.finalText)).toEqual(['Hi Jo, how did the homework go?', 'Networking tips for Jo']);
    expect(hellos.map((hello) => hello.line)).toEqual(['helped with homework']);
  });

  it('takes an entry that names them by a two-letter name, though it was not an idea for them', async () => {
    const joId = await addPerson(jo, at(2));
    const note = (finalText: string): Nudge => ({
      ...newNudge({ origin: 'popup', suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.' } }, at(20), 240),
      status: 'sent',
      finalText,
      sentAt: at(20, 11),
    });
    await db.nudges.bulkAdd([note('Lunch with Jo on Friday?'), note('Thanks for the joke, Sam.')]);
    expect(await forgetPerson(joId)).toBe(1);
    expect((await everything()).nudges.map((nudge) => nudge.finalText)).toEqual(['Thanks for the joke, Sam.']);
  });

  it('takes a hello that names them only by the name kept with it, its link to them lost', async () => {
    const mayaId = await addPerson({ ...jo, name: 'Maya Lindqvist', callName: 'Maya' }, at(1));
    await db.hellos.bulkAdd([
      { at: at(23), day: '2026-11-23', personName: 'Maya Lindqvist' },
      { at: at(24), day: '2026-11-24', personName: 'Sam Reyes' },
    ]);
    expect(await forgetPerson(mayaId)).toBe(1);
    expect((await everything()).hellos.map((hello) => hello.personName)).toEqual(['Sam Reyes']);
  });

  it('writes nothing when forgetting fails halfway', async () => {
    const { mayaId } = await seedEverything();
    const before = await everything();
    const spy = vi.spyOn(db.people, 'delete').mockRejectedValueOnce(new Error('disk full'));
    await expect(forgetPerson(mayaId)).rejects.toThrow();
    spy.mockRestore();
    expect(await everything()).toEqual(before);
  });
});

describe('keeping history', () => {
  it('keeps everything by default, and only the last three months once asked', async () => {
    await seedEverything();
    await db.nudges.add({ ...(await db.nudges.toArray())[0]!, id: undefined, shownAt: new Date(2026, 6, 1).getTime() } as never);
    expect(await pruneHistory(at(25))).toBe(0);
    await updateSettings({ keepHistory: 'three-months' });
    expect(await pruneHistory(at(25))).toBe(1);
    expect(await countHistory()).toBe(5);
  });

  it('clears history while people and settings stay', async () => {
    await seedEverything();
    await clearHistory();
    const { people, nudges, settings } = await everything();
    expect(nudges).toEqual([]);
    expect(people).toHaveLength(2);
    expect(settings).toHaveLength(1);
  });

  it('deletes everything for a fresh start, settings back to their defaults', async () => {
    await seedEverything();
    await deleteEverything();
    expect(await everything()).toEqual({ people: [], nudges: [], hellos: [], rituals: [], settings: [] });
    expect((await getSettings()).dailyCap).toBe(2);
  });
});
