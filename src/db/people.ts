import type { Person, PersonFields } from '../core/people';
import { db } from './database';
import { addRow, replaceFormFields } from './rows';

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** People by name as a person reads it (case and accents aside); archived ones only when asked for. */
export async function listPeople(options: { includeArchived?: boolean } = {}): Promise<Person[]> {
  const people = await db.people.toArray();
  const listed = options.includeArchived ? people : people.filter((person) => !person.archived);
  return listed.sort((a, b) => byName.compare(a.name, b.name));
}

export async function getPerson(id: number): Promise<Person | undefined> {
  return db.people.get(id);
}

export async function addPerson(fields: PersonFields, now: number): Promise<number> {
  return addRow(db.people, { ...fields, archived: false, createdAt: now });
}

/** Replaces the fields a form edits; history, archive state and last contact stay. */
export async function updatePerson(id: number, fields: PersonFields): Promise<void> {
  await replaceFormFields(db.people, id, fields, ['email', 'phone', 'birthday'], 'This person is no longer in your list.');
}

export async function setArchived(id: number, archived: boolean): Promise<void> {
  const changed = await db.people.update(id, { archived });
  if (changed === 0 && !(await db.people.get(id))) throw new Error('This person is no longer in your list.');
}

/** "I sent it": their rhythm starts again from now. */
export async function markContacted(id: number, now: number): Promise<void> {
  await db.people.update(id, { lastContactedAt: now });
}

/** Adds several people at once (contacts brought in from a file): all of them or, on failure, none. */
export async function addPeople(list: readonly PersonFields[], now: number): Promise<number> {
  return db.transaction('rw', db.people, async () => {
    await db.people.bulkAdd(list.map((fields) => ({ ...fields, archived: false, createdAt: now })));
    return list.length;
  });
}
