import type { Person, PersonFields } from '../../src/core/people';
import type { Ritual } from '../../src/core/rituals';
import { defaultSettings, type Settings } from '../../src/core/settings';
import { later, tick } from '../../src/core/sync/hlc';
import { planReconcile, type BaseRow } from '../../src/core/sync/plan';
import { latestClock, type SyncRecord } from '../../src/core/sync/record';

/**
 * A computer with sync, in memory: its people, rituals and settings as rows, the records
 * it keeps, and its clock. `syncWith` runs the same plan the database runs, and
 * carries it out on the rows; `copy` is what it would write to the synced copy. The wall
 * clock is passed in, so tests decide whose edit is later.
 */
export class SimulatedComputer {
  people: Person[] = [];
  rituals: Ritual[] = [];
  settings: Settings = { ...defaultSettings };
  base: BaseRow[] = [];
  clock: string | undefined;
  private nextRow = 1;
  private nextId = 1;

  constructor(readonly node: string) {}

  add(fields: PersonFields, now: number): number {
    const id = this.nextRow++;
    this.people.push({ ...fields, id, archived: false, createdAt: now });
    return id;
  }

  edit(id: number, change: Partial<Person>): void {
    this.people = this.people.map((person) => (person.id === id ? { ...person, ...change } : person));
  }

  forget(id: number): void {
    this.people = this.people.filter((person) => person.id !== id);
    this.rituals = this.rituals.filter((ritual) => ritual.personId !== id);
  }

  /** The row here of the record `syncId`. */
  personOf(syncId: string): Person | undefined {
    const row = this.base.find((candidate) => candidate.id === syncId);
    return row?.localId === undefined ? undefined : this.people.find((person) => person.id === row.localId);
  }

  syncIdOf(localId: number): string | undefined {
    return this.base.find((row) => row.kind === 'person' && row.localId === localId)?.id;
  }

  /** One round: changes here stamped at `now`, `remote` merged in, the plan carried out. */
  syncWith(remote: readonly SyncRecord[], now: number): void {
    const seen = later(this.clock, latestClock(remote));
    const plan = planReconcile({
      base: this.base,
      local: { people: this.people, rituals: this.rituals, settings: this.settings },
      remote,
      clock: () => tick(seen, now, this.node),
      newId: () => `${this.node}${this.nextId++}`,
    });
    const rows = new Map(plan.rows.map((row) => [row.id, row]));
    this.people = this.people.filter((person) => !plan.people.forget.includes(person.id ?? -1));
    this.rituals = this.rituals.filter((ritual) => !plan.people.forget.includes(ritual.personId ?? -1) && !plan.rituals.remove.includes(ritual.id ?? -1));
    for (const person of plan.people.put) this.people = this.people.map((here) => (here.id === person.id ? person : here));
    for (const { syncId, values } of plan.people.add) {
      const id = this.nextRow++;
      this.people.push({ ...values, id });
      const row = rows.get(syncId);
      if (row) row.localId = id;
    }
    if (plan.settings) this.settings = plan.settings;
    this.base = plan.rows;
    this.clock = later(seen, latestClock(plan.rows.map((row) => row.record)));
  }

  /** What this computer would write: every record it keeps. */
  copy(): SyncRecord[] {
    return this.base.map((row) => row.record);
  }

  /** People as every computer should agree on them: by record id, row ids and detail ids aside. */
  agreed(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const row of this.base) {
      const person = row.kind === 'person' ? this.people.find((candidate) => candidate.id === row.localId) : undefined;
      if (person) {
        const { id: _id, ...rest } = person;
        out[row.id] = { ...rest, memories: rest.memories.map(({ id: _memory, ...memory }) => memory) };
      }
    }
    return out;
  }
}
