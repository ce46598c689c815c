import * as v from 'valibot';
import { personSchema } from '../backup-rows';
import type { Memory, Person } from '../people';
import type { Json } from './record';

/**
 * A person as the fields of a sync record, and back. Each remembered detail is a field of
 * its own (named by a short key of its id), so a detail edited on one computer and another
 * detail edited on the other both survive; their order is one more field. Handles go as
 * one field. The row id is this computer's own and never travels.
 */
export type PersonValues = Omit<Person, 'id'>;

const MEMORY_PREFIX = 'm:';
const MEMORY_KEY = /^[0-9a-z]{1,8}$/;

/**
 * A detail's key in the record: its id when already short (a detail that came from
 * another computer), else a 32-bit hash of it in base 36. Applying it to a key gives the
 * key back, so every computer names one detail alike.
 */
export function memoryKey(id: string): string {
  if (MEMORY_KEY.test(id)) return id;
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}

export function personToFields(person: PersonValues): Record<string, Json> {
  const fields: Record<string, Json> = {
    name: person.name,
    callName: person.callName,
    handles: person.handles as Json,
    rhythm: person.rhythm,
    channel: person.preferredChannel,
    archived: person.archived,
    createdAt: person.createdAt,
    order: person.memories.map((memory) => memoryKey(memory.id)),
  };
  if (person.email !== undefined) fields.email = person.email;
  if (person.phone !== undefined) fields.phone = person.phone;
  if (person.birthday !== undefined) fields.birthday = person.birthday;
  if (person.lastContactedAt !== undefined) fields.lastContactedAt = person.lastContactedAt;
  for (const memory of person.memories) {
    fields[MEMORY_PREFIX + memoryKey(memory.id)] = memory.date === undefined ? [memory.text, memory.kind] : [memory.text, memory.kind, memory.date];
  }
  return fields;
}

const storedPerson = v.omit(personSchema, ['id']);

/**
 * The person the fields describe, checked as an import is; `undefined` when they do not
 * make a valid person (a copy written by a newer version, or damaged). Details keep the
 * ids they have here, so the history still finds the detail a note used.
 */
export function personFromFields(fields: Readonly<Record<string, Json>>, here?: PersonValues): PersonValues | undefined {
  const localIds = new Map((here?.memories ?? []).map((memory) => [memoryKey(memory.id), memory.id]));
  const keys = Object.keys(fields)
    .filter((name) => name.startsWith(MEMORY_PREFIX))
    .map((name) => name.slice(MEMORY_PREFIX.length));
  const order = Array.isArray(fields.order) ? (fields.order as Json[]).filter((key): key is string => typeof key === 'string') : [];
  const ordered = [...order.filter((key) => keys.includes(key)), ...keys.filter((key) => !order.includes(key)).sort()];
  const memories: Memory[] = [];
  for (const key of ordered) {
    const detail = fields[MEMORY_PREFIX + key];
    if (!Array.isArray(detail)) return undefined;
    const [text, kind, date] = detail as Json[];
    memories.push({ id: localIds.get(key) ?? key, text, kind, ...(date === undefined ? {} : { date }) } as Memory);
  }
  const candidate = {
    name: fields.name,
    callName: fields.callName,
    ...(fields.email === undefined ? {} : { email: fields.email }),
    ...(fields.phone === undefined ? {} : { phone: fields.phone }),
    ...(fields.birthday === undefined ? {} : { birthday: fields.birthday }),
    handles: fields.handles ?? {},
    rhythm: fields.rhythm,
    preferredChannel: fields.channel,
    memories,
    archived: fields.archived ?? false,
    createdAt: fields.createdAt,
    ...(fields.lastContactedAt === undefined ? {} : { lastContactedAt: fields.lastContactedAt }),
  };
  const checked = v.safeParse(storedPerson, candidate);
  return checked.success ? (checked.output as PersonValues) : undefined;
}
