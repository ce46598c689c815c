import { defaultCallName } from './people';

/**
 * Rows from a file made by an older version, brought up to what this version stores, the
 * way the database's own upgrades bring them (db/database.ts), before they are checked.
 */

/** A person saved before version 3 had no name to call them by, and details without a kind. */
export function upgradePerson(row: unknown, version: number): unknown {
  if (version >= 3 || typeof row !== 'object' || row === null) return row;
  const person = row as { name?: unknown; callName?: unknown; memories?: unknown };
  const name = typeof person.name === 'string' ? person.name : '';
  return {
    ...person,
    callName: typeof person.callName === 'string' && person.callName.trim() ? person.callName : defaultCallName(name),
    memories: Array.isArray(person.memories)
      ? person.memories.map((memory: unknown) => (typeof memory === 'object' && memory !== null ? { kind: 'other', ...memory } : memory))
      : person.memories,
  };
}
