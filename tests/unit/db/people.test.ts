import { newNudge } from '../../../src/core/nudge';
import type { PersonFields } from '../../../src/core/people';
import { addNudge, getNudge, recordStep } from '../../../src/db/nudges';
import { forgetPerson } from '../../../src/db/forget';
import { addPerson, getPerson, listPeople, markContacted, setArchived, updatePerson } from '../../../src/db/people';

const NOW = new Date(2026, 10, 25, 9, 0).getTime();
const fields = (overrides: Partial<PersonFields> = {}): PersonFields => ({
  name: 'Maya',
  callName: 'Maya',
  email: 'maya@example.com',
  handles: { x: 'maya' },
  rhythm: 'fortnightly',
  preferredChannel: 'any',
  memories: [{ id: 'm1', text: 'the hiking trip', kind: 'interest' }],
  ...overrides,
});

describe('the people repository', () => {
  it('adds people and lists them by name, archived ones only when asked', async () => {
    const sam = await addPerson(fields({ name: 'Sam' }), NOW);
    await addPerson(fields({ name: 'Ada' }), NOW);
    await setArchived(sam, true);
    expect((await listPeople()).map((p) => p.name)).toEqual(['Ada']);
    expect((await listPeople({ includeArchived: true })).map((p) => p.name)).toEqual(['Ada', 'Sam']);
    await setArchived(sam, false);
    expect((await listPeople()).map((p) => p.name)).toEqual(['Ada', 'Sam']);
  });

  it('updates the edited fields, drops a cleared email, and keeps the last contact', async () => {
    const id = await addPerson(fields(), NOW);
    await markContacted(id, NOW + 1);
    const { email: _email, ...withoutEmail } = fields({ name: 'Maya F.' });
    await updatePerson(id, withoutEmail);
    const person = await getPerson(id);
    expect(person).toMatchObject({ name: 'Maya F.', lastContactedAt: NOW + 1, createdAt: NOW, archived: false });
    expect(person?.email).toBeUndefined();
  });

  it('refuses to update someone who was forgotten, and says so', async () => {
    const id = await addPerson(fields(), NOW);
    await forgetPerson(id);
    await expect(updatePerson(id, fields())).rejects.toThrow('no longer in your list');
    expect(await listPeople({ includeArchived: true })).toEqual([]);
  });

  it('starts a person’s rhythm again when a note to them is sent', async () => {
    const personId = await addPerson(fields(), NOW);
    const nudgeId = await addNudge(
      newNudge({ origin: 'page', site: 'gmail', suggestion: { templateId: 'ch_hello', prompt: 'p', draft: 'd', personId } }, NOW, 240),
    );
    await recordStep(nudgeId, { kind: 'writing' }, NOW + 1000);
    expect((await getPerson(personId))?.lastContactedAt).toBeUndefined();
    await recordStep(nudgeId, { kind: 'sent', text: 'Hi Maya' }, NOW + 2000);
    expect((await getPerson(personId))?.lastContactedAt).toBe(NOW + 2000);
    expect((await getNudge(nudgeId))?.status).toBe('sent');
  });
});
