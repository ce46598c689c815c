import type { BackupContents } from './backup';
import type { Hello } from './hellos';
import type { Nudge } from './nudge';
import type { Person } from './people';
import type { Ritual } from './rituals';

/** A row to add from the file, without its id, and the id it had there (what points at it in the file uses that). */
export interface FromFile<T extends { id?: number }> {
  readonly fileId: number;
  readonly row: Omit<T, 'id'>;
}

/**
 * Merging a backup into what is already here: people who are already in the list (same
 * name and email, letter case aside) are not added twice, history entries already here
 * (same moment, same idea) are skipped, as are hellos and rituals already here, and the
 * settings stay as they are. Everything added gets a new id; history, hellos and rituals
 * keep pointing at the right person (and a hello at the right ritual).
 */
export interface MergePlan {
  /** New people, each with the id it had in the file. */
  readonly people: FromFile<Person>[];
  /** People in the file who are already here: file id → id here. */
  readonly samePeople: ReadonlyMap<number, number>;
  /** New history entries without ids; person ids still as in the file. */
  readonly nudges: Omit<Nudge, 'id'>[];
}

const personKey = (person: Pick<Person, 'name' | 'email'>) => `${person.name.trim().toLocaleLowerCase()}\n${(person.email ?? '').trim().toLocaleLowerCase()}`;
export const nudgeKey = (nudge: Pick<Nudge, 'shownAt' | 'suggestion'>) => `${nudge.shownAt}\n${nudge.suggestion.templateId}`;

export function planMerge(contents: BackupContents, here: { people: readonly Person[]; nudgeKeys: ReadonlySet<string> }): MergePlan {
  const existing = new Map(here.people.map((person) => [personKey(person), person.id]));
  const samePeople = new Map<number, number>();
  const people: FromFile<Person>[] = [];
  for (const { id, ...person } of contents.people) {
    if (id === undefined) continue;
    const match = existing.get(personKey(person));
    if (match !== undefined) samePeople.set(id, match);
    else people.push({ fileId: id, row: person });
  }
  const nudges = contents.nudges.filter((nudge) => !here.nudgeKeys.has(nudgeKey(nudge))).map(({ id: _id, ...nudge }) => nudge);
  return { people, samePeople, nudges };
}

/** A history entry with its person ids moved to the ids they have here; a person not known here is unlinked. */
export function relinkNudge(nudge: Omit<Nudge, 'id'>, ids: ReadonlyMap<number, number>): Omit<Nudge, 'id'> {
  const { personId, ...suggestion } = nudge.suggestion;
  const linked = personId === undefined ? undefined : ids.get(personId);
  const tried = nudge.tried && {
    templateIds: nudge.tried.templateIds,
    personIds: nudge.tried.personIds.flatMap((id) => {
      const here = ids.get(id);
      return here === undefined ? [] : [here];
    }),
  };
  return { ...nudge, suggestion: linked === undefined ? suggestion : { ...suggestion, personId: linked }, ...(tried ? { tried } : {}) };
}

const helloKey = (hello: Pick<Hello, 'at' | 'line'>) => `${hello.at}\n${hello.line ?? ''}`;
const ritualKey = (ritual: Pick<Ritual, 'what' | 'weekday' | 'createdAt'>) => `${ritual.what}\n${ritual.weekday}\n${ritual.createdAt}`;

/** A person id as it is here: moved to its new id, or dropped when the person is not here. */
function relinked(personId: number | undefined, ids: ReadonlyMap<number, number>): { personId?: number } {
  const here = personId === undefined ? undefined : ids.get(personId);
  return here === undefined ? {} : { personId: here };
}

/**
 * Rituals from the file that are not here yet, without ids, with their people moved to the
 * ids they have here; and the file's rituals that are already here (file id → id here).
 */
export function ritualsToAdd(
  file: readonly Ritual[],
  here: readonly Ritual[],
  ids: ReadonlyMap<number, number>,
): { add: FromFile<Ritual>[]; same: Map<number, number> } {
  const known = new Map(here.map((ritual) => [ritualKey(ritual), ritual.id]));
  const add: FromFile<Ritual>[] = [];
  const same = new Map<number, number>();
  for (const { id: fileId, personId, ...ritual } of file) {
    if (fileId === undefined) continue;
    const match = known.get(ritualKey(ritual));
    if (match !== undefined) same.set(fileId, match);
    else add.push({ fileId, row: { ...ritual, ...relinked(personId, ids) } });
  }
  return { add, same };
}

/** Hellos from the file that are not here yet, without ids, pointing at people and rituals as they are here. */
export function hellosToAdd(
  file: readonly Hello[],
  here: readonly Hello[],
  people: ReadonlyMap<number, number>,
  rituals: ReadonlyMap<number, number>,
): Omit<Hello, 'id'>[] {
  const known = new Set(here.map(helloKey));
  return file
    .filter((hello) => !known.has(helloKey(hello)))
    .map(({ id: _id, personId, ritualId, ...hello }) => {
      const ritual = ritualId === undefined ? undefined : rituals.get(ritualId);
      return { ...hello, ...relinked(personId, people), ...(ritual === undefined ? {} : { ritualId: ritual }) };
    });
}
