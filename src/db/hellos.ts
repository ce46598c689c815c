import { helloFields, type Hello } from '../core/hellos';
import { dayKey } from '../core/time';
import { db } from './database';
import { markContacted } from './people';
import { addRow } from './rows';
import { getSettings } from './settings';

/**
 * "I connected with someone": the hello is kept, and when it names someone their rhythm
 * starts again, in one transaction.
 */
export async function logHello(input: { personId?: number | undefined; line: string }, now: number): Promise<number> {
  return db.transaction('rw', db.hellos, db.people, db.settings, async () => {
    const person = input.personId === undefined ? undefined : await db.people.get(input.personId);
    if (input.personId !== undefined && !person) throw new Error('This person is no longer in your list.');
    const { dayStartsAtMinutes } = await getSettings();
    const hello: Hello = {
      at: now,
      day: dayKey(now, dayStartsAtMinutes),
      ...helloFields({ personId: person?.id, personName: person?.name, line: input.line }),
    };
    const id = await addRow(db.hellos, hello);
    if (person?.id !== undefined) await markContacted(person.id, now);
    return id;
  });
}

/** Hellos from `since` on, oldest first. */
export async function hellosSince(since: number): Promise<Hello[]> {
  return db.hellos.where('at').aboveOrEqual(since).toArray();
}

/** The newest hellos first, for the history. */
export async function latestHellos(limit: number): Promise<Hello[]> {
  return db.hellos.orderBy('at').reverse().limit(limit).toArray();
}
