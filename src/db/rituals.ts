import type { Ritual } from '../core/rituals';
import { dayKey } from '../core/time';
import { db } from './database';
import { addRow, replaceFormFields } from './rows';
import { markContacted } from './people';
import { getSettings } from './settings';

type RitualFields = Pick<Ritual, 'what' | 'personId' | 'weekday' | 'every'>;

/** Rituals in the order they were made. */
export async function listRituals(): Promise<Ritual[]> {
  return db.rituals.toArray();
}

export async function addRitual(fields: RitualFields, now: number): Promise<number> {
  return addRow(db.rituals, { ...fields, createdAt: now });
}

/** Replaces what the form edits; the days it was done or let go stay. */
export async function updateRitual(id: number, fields: RitualFields): Promise<void> {
  await replaceFormFields(db.rituals, id, fields, ['personId'], 'This ritual is no longer in your list.');
}

export async function deleteRitual(id: number): Promise<void> {
  await db.rituals.delete(id);
}

/**
 * A ritual done: it rests until its next day, it counts as a small hello, and the person
 * it is for starts their rhythm again, all in one transaction. Done twice on one day, it
 * counts once.
 */
export async function ritualDone(id: number, now: number): Promise<void> {
  await db.transaction('rw', [db.rituals, db.hellos, db.people, db.settings], async () => {
    const ritual = await db.rituals.get(id);
    if (!ritual) throw new Error('This ritual is no longer in your list.');
    const today = dayKey(now, (await getSettings()).dayStartsAtMinutes);
    if (ritual.doneDay === today) return;
    await db.rituals.update(id, { doneDay: today });
    const person = ritual.personId === undefined ? undefined : await db.people.get(ritual.personId);
    await db.hellos.add({
      at: now,
      day: today,
      ritualId: id,
      line: ritual.what,
      ...(person?.id !== undefined ? { personId: person.id, personName: person.name } : {}),
    });
    if (person?.id !== undefined) await markContacted(person.id, now);
  });
}

/** "Not this time": the ritual rests until its next day, and nothing is kept of it. */
export async function letRitualGo(id: number, now: number): Promise<void> {
  await db.transaction('rw', db.rituals, db.settings, async () => {
    const today = dayKey(now, (await getSettings()).dayStartsAtMinutes);
    await db.rituals.update(id, { letGoDay: today });
  });
}

/** Remembers that a notification said these rituals are due today. */
export async function markNotified(ids: readonly number[], day: string): Promise<void> {
  await db.transaction('rw', db.rituals, async () => {
    for (const id of ids) await db.rituals.update(id, { notifiedDay: day });
  });
}
