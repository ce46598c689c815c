import { newNudge } from '../../../src/core/nudge';
import { exportEverything, mergeBackup, readBackupFile, replaceWithBackup } from '../../../src/db/backup';
import { db } from '../../../src/db/database';
import { forgetPerson, previewForget } from '../../../src/db/forget';
import { logHello, latestHellos } from '../../../src/db/hellos';
import { clearHistory, countHistory, deleteEverything, pruneHistory } from '../../../src/db/history';
import { addNudge } from '../../../src/db/nudges';
import { addPerson, getPerson } from '../../../src/db/people';
import { addRitual, letRitualGo, listRituals, ritualDone, updateRitual } from '../../../src/db/rituals';
import { ritualsToday } from '../../../src/db/ritual-signal';
import { updateSettings } from '../../../src/db/settings';
import { at, jo, maya } from '../../support/sample-data';

/** Friday 27 November 2026, noon: a Friday ritual is due. */
const FRIDAY_NOON = new Date(2026, 10, 27, 12).getTime();

describe('I connected with someone', () => {
  it('keeps the hello and starts the person’s rhythm again, in one go', async () => {
    const mayaId = await addPerson(maya, at(1));
    await logHello({ personId: mayaId, line: '  Coffee after work ' }, at(25, 18));
    expect(await latestHellos(5)).toEqual([
      { id: expect.any(Number), at: at(25, 18), day: '2026-11-25', personId: mayaId, personName: 'Maya Lindqvist', line: 'Coffee after work' },
    ]);
    expect((await getPerson(mayaId))?.lastContactedAt).toBe(at(25, 18));
  });

  it('keeps a hello with no one and no line, and belongs it to the person’s day', async () => {
    await logHello({ line: '' }, at(26, 2));
    expect(await latestHellos(5)).toEqual([{ id: expect.any(Number), at: at(26, 2), day: '2026-11-25' }]);
  });

  it('keeps nothing for someone no longer in the list', async () => {
    await expect(logHello({ personId: 99, line: 'A call' }, at(25))).rejects.toThrow();
    expect(await latestHellos(5)).toEqual([]);
  });
});

describe('rituals', () => {
  it('are due on their day, and done once: a small hello, and the person’s rhythm starts again', async () => {
    const dadId = await addPerson({ ...jo, name: 'Dad', callName: 'Dad' }, at(1));
    await updateSettings({ activeFromMinutes: 8 * 60 });
    const id = await addRitual({ what: 'Text Dad', personId: dadId, weekday: 5, every: 'week' }, at(20));
    expect((await ritualsToday(FRIDAY_NOON)).due.map((ritual) => ritual.id)).toEqual([id]);

    await ritualDone(id, FRIDAY_NOON);
    await ritualDone(id, FRIDAY_NOON + 60_000);
    expect((await ritualsToday(FRIDAY_NOON + 120_000)).due).toEqual([]);
    expect(await latestHellos(5)).toEqual([
      { id: expect.any(Number), at: FRIDAY_NOON, day: '2026-11-27', ritualId: id, line: 'Text Dad', personId: dadId, personName: 'Dad' },
    ]);
    expect((await getPerson(dadId))?.lastContactedAt).toBe(FRIDAY_NOON);
  });

  it('changed in the form keep their days done, and lose their person when the form names nobody', async () => {
    const dadId = await addPerson({ ...jo, name: 'Dad', callName: 'Dad' }, at(1));
    const id = await addRitual({ what: 'Text Dad', personId: dadId, weekday: 5, every: 'week' }, at(20));
    await ritualDone(id, FRIDAY_NOON);
    const [done] = await listRituals();
    expect(done?.personId).toBe(dadId);
    const { personId: _dad, ...doneForNobody } = done ?? {};

    await updateRitual(id, { what: 'Text the family', weekday: 6, every: 'week' });
    expect(await listRituals()).toEqual([{ ...doneForNobody, what: 'Text the family', weekday: 6 }]);
    await expect(updateRitual(id + 1, { what: 'Text Dad', weekday: 5, every: 'week' })).rejects.toThrow('This ritual is no longer in your list.');
  });

  it('let go for the day keep nothing of it', async () => {
    const id = await addRitual({ what: 'Call Grandma', weekday: 5, every: 'week' }, at(20));
    await letRitualGo(id, FRIDAY_NOON);
    expect((await ritualsToday(FRIDAY_NOON)).due).toEqual([]);
    expect(await latestHellos(5)).toEqual([]);
    expect((await listRituals())[0]).toMatchObject({ letGoDay: '2026-11-27' });
  });
});

describe('the history, kept and cleared', () => {
  it('counts, prunes and clears hellos with the rest of the history; rituals stay', async () => {
    await addNudge(newNudge({ origin: 'popup', suggestion: { templateId: 'thanks_reply', prompt: 'A thank-you?', draft: 'Thanks.' } }, at(20), 240));
    await logHello({ line: 'A walk' }, at(21));
    await logHello({ line: 'Long ago' }, new Date(2025, 0, 5).getTime());
    await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, at(20));
    expect(await countHistory()).toBe(3);

    await updateSettings({ keepHistory: 'three-months' });
    expect(await pruneHistory(at(25))).toBe(1);
    expect((await latestHellos(5)).map((hello) => hello.line)).toEqual(['A walk']);

    await clearHistory();
    expect(await countHistory()).toBe(0);
    expect(await listRituals()).toHaveLength(1);

    await deleteEverything();
    expect(await listRituals()).toEqual([]);
  });
});

describe('forgetting a person', () => {
  it('takes the hellos and rituals that name them with them, and leaves the others', async () => {
    const mayaId = await addPerson(maya, at(1));
    const joId = await addPerson(jo, at(1));
    await logHello({ personId: mayaId, line: 'Coffee' }, at(20));
    await logHello({ line: 'A walk with Maya' }, at(21));
    await logHello({ personId: joId, line: 'A call' }, at(22));
    await addRitual({ what: 'Voice note', personId: mayaId, weekday: 1, every: 'week' }, at(20));
    await addRitual({ what: 'Text Maya', weekday: 2, every: 'week' }, at(20));
    await addRitual({ what: 'Text Jo', personId: joId, weekday: 3, every: 'week' }, at(20));

    expect(await previewForget(mayaId)).toMatchObject({ history: 2, rituals: 2 });
    expect(await forgetPerson(mayaId)).toBe(2);
    expect((await latestHellos(5)).map((hello) => hello.line)).toEqual(['A call']);
    expect((await listRituals()).map((ritual) => ritual.what)).toEqual(['Text Jo']);
  });
});

describe('a backup holds the hellos and rituals too', () => {
  async function seed(): Promise<{ mayaId: number }> {
    const mayaId = await addPerson(maya, at(1));
    const ritualId = await addRitual({ what: 'Text Maya', personId: mayaId, weekday: 5, every: 'two-weeks' }, at(2));
    await ritualDone(ritualId, FRIDAY_NOON);
    await logHello({ personId: mayaId, line: 'Coffee' }, at(25, 18));
    return { mayaId };
  }

  const snapshot = async () => ({ hellos: await db.hellos.toArray(), rituals: await db.rituals.toArray() });

  it('brings them back exactly on replace', async () => {
    await seed();
    const before = await snapshot();
    const reading = await readBackupFile(await (await exportEverything()).text());
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    await deleteEverything();
    await replaceWithBackup(reading.contents);
    expect(await snapshot()).toEqual(before);
  });

  it('merges them without doubling, pointing at the same person here', async () => {
    await seed();
    const file = await (await exportEverything()).text();
    const reading = await readBackupFile(file);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
    // Its own export adds nothing.
    expect(await mergeBackup(reading.contents)).toEqual({ people: 0, history: 0 });
    expect(await snapshot()).toMatchObject({ hellos: { length: 2 }, rituals: { length: 1 } });

    // Into a fresh profile where Maya was added first under another id.
    await deleteEverything();
    await addPerson(jo, at(1));
    const mayaHere = await addPerson(maya, at(1));
    await mergeBackup(reading.contents);
    const { hellos, rituals } = await snapshot();
    expect(rituals).toEqual([expect.objectContaining({ what: 'Text Maya', personId: mayaHere })]);
    expect(hellos.map((hello) => [hello.line, hello.personId, hello.ritualId])).toEqual([
      ['Text Maya', mayaHere, rituals[0]?.id],
      ['Coffee', mayaHere, undefined],
    ]);
  });

  it('refuses a file whose ritual is not one of ours, and changes nothing', async () => {
    await seed();
    const file = JSON.parse(await (await exportEverything()).text()) as { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };
    const rituals = file.data.data.find((table) => table.tableName === 'rituals');
    if (!rituals?.rows[0]) throw new Error('no rituals in the export');
    rituals.rows[0].weekday = 9;
    expect(await readBackupFile(JSON.stringify(file))).toEqual({ ok: false, problem: { kind: 'bad-row', table: 'rituals', row: 1, field: 'weekday' } });
  });
});
