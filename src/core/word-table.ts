/**
 * A list of words is kept once, as a table from each id to what goes with it (the locale
 * key of its label, its number of days...). Everything else is read from the table: the
 * ids, in the table's order, for valibot picklists, `includes` checks and select options.
 */
export function idsOf<Id extends string>(table: Readonly<Record<Id, unknown>>): readonly Id[] {
  return Object.keys(table) as Id[];
}
