import * as v from 'valibot';
import { MAX_HELLO_LINE, type Hello } from './hellos';
import { MAX_RITUAL_WHAT, RITUAL_EVERY, type Ritual } from './rituals';
import { LIMITS } from './people';
import { day, rowId, timestamp, type Same, type Stored } from './schema-parts';

/**
 * The rows of hellos made away from the suggestions and of rituals, as a backup holds
 * them (see backup.ts), and how they join what is already here on a merge: nothing twice,
 * and each still pointing at the right person.
 */
const id = rowId;

export const helloSchema = v.strictObject({
  id,
  at: timestamp,
  day,
  personId: v.optional(id),
  personName: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.name))),
  line: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_HELLO_LINE))),
  ritualId: v.optional(id),
});

export const ritualSchema = v.strictObject({
  id,
  what: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_RITUAL_WHAT)),
  personId: v.optional(id),
  weekday: v.picklist([0, 1, 2, 3, 4, 5, 6] as const),
  every: v.picklist(RITUAL_EVERY),
  createdAt: timestamp,
  doneDay: v.optional(day),
  letGoDay: v.optional(day),
  notifiedDay: v.optional(day),
});

/** These stop compiling when Hello or Ritual gains a field the schemas above do not know. */
const schemasMatchTypes: [Same<keyof v.InferOutput<typeof helloSchema>, keyof Stored<Hello>>, Same<keyof v.InferOutput<typeof ritualSchema>, keyof Stored<Ritual>>] = [true, true];
void schemasMatchTypes;

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
): { add: { fileId: number; ritual: Omit<Ritual, 'id'> }[]; same: Map<number, number> } {
  const known = new Map(here.map((ritual) => [ritualKey(ritual), ritual.id]));
  const add: { fileId: number; ritual: Omit<Ritual, 'id'> }[] = [];
  const same = new Map<number, number>();
  for (const { id: fileId, personId, ...ritual } of file) {
    if (fileId === undefined) continue;
    const match = known.get(ritualKey(ritual));
    if (match !== undefined) same.set(fileId, match);
    else add.push({ fileId, ritual: { ...ritual, ...relinked(personId, ids) } });
  }
  return { add, same };
}

/** Hellos from the file that are not here yet, without ids, pointing at people and rituals as they are here. */
export function hellosToAdd(file: readonly Hello[], here: readonly Hello[], people: ReadonlyMap<number, number>, rituals: ReadonlyMap<number, number>): Omit<Hello, 'id'>[] {
  const known = new Set(here.map(helloKey));
  return file
    .filter((hello) => !known.has(helloKey(hello)))
    .map(({ id: _id, personId, ritualId, ...hello }) => {
      const ritual = ritualId === undefined ? undefined : rituals.get(ritualId);
      return { ...hello, ...relinked(personId, people), ...(ritual === undefined ? {} : { ritualId: ritual }) };
    });
}
