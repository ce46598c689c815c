import type { BackupContents } from './backup';
import type { Nudge } from './nudge';
import type { Person } from './people';

/**
 * Merging a backup into what is already here: people who are already in the list (same
 * name and email, letter case aside) are not added twice, history entries already here
 * (same moment, same idea) are skipped, and the settings stay as they are. Everything
 * added gets a new id; history keeps pointing at the right person.
 */
export interface MergePlan {
  /** New people, without ids, each with the id it had in the file. */
  readonly people: { readonly fileId: number; readonly person: Omit<Person, 'id'> }[];
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
  const people: { fileId: number; person: Omit<Person, 'id'> }[] = [];
  for (const { id, ...person } of contents.people) {
    if (id === undefined) continue;
    const match = existing.get(personKey(person));
    if (match !== undefined) samePeople.set(id, match);
    else people.push({ fileId: id, person });
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
