import { newNudge, type Nudge } from '../../src/core/nudge';
import type { PersonFields } from '../../src/core/people';
import { db } from '../../src/db/database';
import { addPerson } from '../../src/db/people';
import { updateSettings } from '../../src/db/settings';

export const at = (day: number, hour = 10) => new Date(2026, 10, day, hour).getTime();

export const maya: PersonFields = {
  name: 'Maya Lindqvist',
  callName: 'Maya',
  email: 'maya@example.com',
  phone: '+46 70 123 45 67',
  birthday: '--03-12',
  handles: { bluesky: 'maya.bsky.social' },
  rhythm: 'fortnightly',
  preferredChannel: 'email',
  memories: [
    { id: 'm1', text: 'the cello lessons', kind: 'interest' },
    { id: 'm2', text: 'your new job', kind: 'coming-up', date: '2026-11-02' },
  ],
};

export const jo: PersonFields = { name: 'Jo Okafor', callName: 'Jo', handles: {}, rhythm: 'weekly', preferredChannel: 'any', memories: [] };

/** A database with people, history (a sent note with a reflection, a generic idea, an open card), hellos, a ritual and settings. */
export async function seedEverything(): Promise<{ mayaId: number; joId: number }> {
  const mayaId = await addPerson(maya, at(1));
  const joId = await addPerson(jo, at(2));
  const sent: Nudge = {
    ...newNudge(
      {
        origin: 'page',
        site: 'gmail',
        suggestion: {
          templateId: 'cu_detail_how',
          prompt: 'Ask Maya how “the cello lessons” are going?',
          draft: 'Hi Maya,\nHow are the cello lessons going?',
          personId: mayaId,
          personName: 'Maya Lindqvist',
          memoryId: 'm1',
          email: 'maya@example.com',
        },
      },
      at(20),
      240,
    ),
    status: 'sent',
    finalText: 'Hi Maya,\nHow are the cello lessons going? Thinking of you.',
    sentAt: at(20, 11),
    feeling: 'lighter',
    genuineNote: 'Remembering the cello',
    channel: 'gmail',
  };
  const generic: Nudge = {
    ...newNudge({ origin: 'popup', suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.' } }, at(21), 240),
    status: 'sent',
    finalText: 'Thank you, Maya, for the tea.',
    sentAt: at(21, 11),
  };
  const forJo: Nudge = {
    ...newNudge(
      {
        origin: 'page',
        site: 'custom:social:mastodon.social',
        suggestion: { templateId: 'ch_hello', prompt: 'A hello to Jo?', draft: 'Hi Jo,\nHello.', personId: joId, personName: 'Jo Okafor' },
      },
      at(22),
      240,
    ),
    tried: { templateIds: ['cu_week'], personIds: [mayaId] },
  };
  await db.nudges.bulkAdd([sent, generic, forJo]);
  // A hello made away from the suggestions and a ritual, each with Maya.
  await db.hellos.bulkAdd([
    { at: at(23), day: '2026-11-23', personId: mayaId, personName: 'Maya Lindqvist', line: 'coffee with Maya after choir' },
    { at: at(23, 12), day: '2026-11-23', line: 'a chat with the neighbour' },
  ]);
  await db.rituals.add({ what: 'Friday call with Maya', personId: mayaId, weekday: 5, every: 'week', createdAt: at(4) });
  await updateSettings({
    dailyCap: 3,
    restDays: [0],
    disabledSites: ['linkedin'],
    customSites: [{ id: 'custom:social:mastodon.social', origin: 'https://mastodon.social', kind: 'social', addedAt: at(3) }],
  });
  return { mayaId, joId };
}

/** Every row of every table, for comparing whole databases. */
export async function everything() {
  return {
    people: await db.people.toArray(),
    nudges: await db.nudges.toArray(),
    hellos: await db.hellos.toArray(),
    rituals: await db.rituals.toArray(),
    settings: await db.settings.toArray(),
  };
}
