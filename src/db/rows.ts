import type { EntityTable, IDType, InsertType } from 'dexie';
import { db } from './database';

/** A row added; its new id back (Dexie gives none only when something is badly wrong). */
export async function addRow<T extends { id?: number }>(table: EntityTable<T, 'id'>, row: InsertType<T, 'id'>): Promise<number> {
  const id = (await table.add(row)) as number | undefined;
  if (id === undefined) throw new Error(`The new row in ${table.name} was not given an id`);
  return id;
}

/**
 * Replaces what a form edits on one row, in one step; the rest of the row stays. The
 * fields in `clearable` go when the form leaves them out (an email taken away), and `gone`
 * is said when the row is no longer there.
 */
export async function replaceFormFields<T extends { id?: number }, F extends Partial<T>>(
  table: EntityTable<T, 'id'>,
  id: number,
  fields: F,
  clearable: readonly (keyof T)[],
  gone: string,
): Promise<void> {
  await db.transaction('rw', table, async () => {
    const row = await table.get(id as IDType<T, 'id'>);
    if (!row) throw new Error(gone);
    const kept: Partial<T> = { ...row };
    for (const key of clearable) delete kept[key];
    await table.put({ ...kept, ...fields, id } as unknown as InsertType<T, 'id'>);
  });
}
