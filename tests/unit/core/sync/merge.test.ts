/**
 * Merging what two computers did: field by field, the later edit winning only for the
 * same field, a forgotten person gone for good, and every order of exchange ending in
 * the same people on both.
 */
import fc from 'fast-check';
import type { PersonFields } from '../../../../src/core/people';
import { mergeRecord, type SyncRecord } from '../../../../src/core/sync/record';
import { SimulatedComputer } from '../../../support/sync-computer';

const T0 = Date.UTC(2026, 10, 2, 9);
const minutes = (n: number) => T0 + n * 60_000;

const jo: PersonFields = {
  name: 'Jo Okafor',
  callName: 'Jo',
  email: 'jo@example.org',
  handles: {},
  rhythm: 'monthly',
  preferredChannel: 'any',
  memories: [
    { id: '0e0c7a3c-2f4b-4b7e-9a55-1f1f1f1f1f1f', text: 'the new allotment', kind: 'interest' },
    { id: '6d1d2b1e-7c4a-4e3b-8f2a-2e2e2e2e2e2e', text: 'your sister’s wedding', kind: 'coming-up', date: '2026-12-12' },
  ],
};

/** Two computers that share Jo, as after the second one turned sync on. */
function twoComputersWithJo(): { a: SimulatedComputer; b: SimulatedComputer; jo: string } {
  const a = new SimulatedComputer('aaaa');
  const b = new SimulatedComputer('bbbb');
  a.add(jo, minutes(0));
  a.syncWith([], minutes(1));
  b.syncWith(a.copy(), minutes(2));
  const id = a.base.find((row) => row.kind === 'person')?.id as string;
  return { a, b, jo: id };
}

describe('merging by field', () => {
  it('keeps both edits made offline to different fields of one person, on both computers', () => {
    const { a, b, jo: id } = twoComputersWithJo();
    const onA = a.personOf(id)?.id as number;
    const onB = b.personOf(id)?.id as number;
    a.edit(onA, { email: 'jo@new.example.org' });
    const [first, second] = b.personOf(id)?.memories ?? [];
    b.edit(onB, { memories: [{ ...first!, text: 'the allotment, now with bees' }, second!] });
    a.syncWith([], minutes(10));
    b.syncWith([], minutes(11));
    a.syncWith(b.copy(), minutes(12));
    b.syncWith(a.copy(), minutes(13));

    for (const computer of [a, b]) {
      const person = computer.personOf(id);
      expect(person?.email).toBe('jo@new.example.org');
      expect(person?.memories.map((memory) => memory.text)).toEqual(['the allotment, now with bees', 'your sister’s wedding']);
    }
    expect(a.agreed()).toEqual(b.agreed());
  });

  it('lets the later edit win when both computers changed the same field', () => {
    const { a, b, jo: id } = twoComputersWithJo();
    a.edit(a.personOf(id)?.id as number, { rhythm: 'weekly' });
    b.edit(b.personOf(id)?.id as number, { rhythm: 'fortnightly' });
    b.syncWith([], minutes(20));
    a.syncWith([], minutes(10));
    a.syncWith(b.copy(), minutes(21));
    b.syncWith(a.copy(), minutes(22));
    expect(a.personOf(id)?.rhythm).toBe('fortnightly');
    expect(b.personOf(id)?.rhythm).toBe('fortnightly');
  });

  it('keeps a detail added on one computer while the other takes a detail out', () => {
    const { a, b, jo: id } = twoComputersWithJo();
    const onA = a.personOf(id) as NonNullable<ReturnType<SimulatedComputer['personOf']>>;
    a.edit(onA.id as number, { memories: [...onA.memories, { id: '9b9b9b9b-0000-4000-a000-333333333333', text: 'the pottery class', kind: 'interest' }] });
    const onB = b.personOf(id) as NonNullable<ReturnType<SimulatedComputer['personOf']>>;
    b.edit(onB.id as number, { memories: onB.memories.slice(1) });
    a.syncWith([], minutes(10));
    b.syncWith([], minutes(11));
    a.syncWith(b.copy(), minutes(12));
    b.syncWith(a.copy(), minutes(13));
    for (const computer of [a, b]) expect(computer.personOf(id)?.memories.map((memory) => memory.text)).toEqual(['your sister’s wedding', 'the pottery class']);
  });
});

describe('an import that replaced everything', () => {
  it('renames nobody on the other computers when it gave a person’s row to someone else', () => {
    const { a, b, jo: id } = twoComputersWithJo();
    const row = a.personOf(id)?.id as number;
    // The file's Sam took Jo's row id, as "Replace everything here" writes the file's rows.
    a.people = [{ ...jo, name: 'Sam Ng', callName: 'Sam', memories: [], id: row, archived: false, createdAt: minutes(5) }];
    a.syncWith(b.copy(), minutes(10));
    b.syncWith(a.copy(), minutes(11));
    for (const computer of [a, b]) expect(computer.people.map((person) => person.name).sort()).toEqual(['Jo Okafor', 'Sam Ng']);
    expect(b.personOf(id)?.email).toBe('jo@example.org');
  });
});

describe('forgetting', () => {
  it('removes a person forgotten on one computer from the other, even after an edit there made later', () => {
    const { a, b, jo: id } = twoComputersWithJo();
    a.forget(a.personOf(id)?.id as number);
    a.syncWith([], minutes(10));
    b.edit(b.personOf(id)?.id as number, { phone: '+44 7700 900123' });
    b.syncWith([], minutes(30));
    b.syncWith(a.copy(), minutes(31));
    a.syncWith(b.copy(), minutes(32));
    expect(b.people).toEqual([]);
    expect(a.people).toEqual([]);
  });

  it('never brings a forgotten person back from an older copy', () => {
    const { a, b, jo: id } = twoComputersWithJo();
    const before = a.copy();
    a.forget(a.personOf(id)?.id as number);
    a.syncWith([], minutes(10));
    b.syncWith(a.copy(), minutes(11));
    a.syncWith(before, minutes(12));
    b.syncWith(before, minutes(13));
    expect(a.people).toEqual([]);
    expect(b.people).toEqual([]);
    expect(a.copy().find((record) => record.id === id)?.gone).toBeDefined();
  });

  it('lets a tombstone win over every copy of the record, older or newer', () => {
    const alive: SyncRecord = { id: 'x', kind: 'person', fields: { name: { value: 'Jo', at: '0000000zz0000bbbb' } } };
    const gone: SyncRecord = { id: 'x', kind: 'person', fields: {}, gone: '000000001000aaaa' };
    expect(mergeRecord(alive, gone)).toEqual(gone);
    expect(mergeRecord(gone, alive)).toEqual(gone);
  });
});

type Step =
  | { readonly kind: 'add'; readonly on: 0 | 1; readonly name: string }
  | { readonly kind: 'edit'; readonly on: 0 | 1; readonly who: number; readonly field: 'email' | 'rhythm' | 'detail' | 'name'; readonly value: number }
  | { readonly kind: 'forget'; readonly on: 0 | 1; readonly who: number }
  | { readonly kind: 'round'; readonly on: 0 | 1 }
  | { readonly kind: 'deliver'; readonly on: 0 | 1 };

const on = fc.constantFrom<0 | 1>(0, 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), on, name: fc.constantFrom('Ana', 'Ben', 'Cai') }),
  fc.record({
    kind: fc.constant('edit' as const),
    on,
    who: fc.nat(5),
    field: fc.constantFrom('email' as const, 'rhythm' as const, 'detail' as const, 'name' as const),
    value: fc.nat(3),
  }),
  fc.record({ kind: fc.constant('forget' as const), on, who: fc.nat(5) }),
  fc.record({ kind: fc.constant('round' as const), on }),
  fc.record({ kind: fc.constant('deliver' as const), on }),
);

const RHYTHMS = ['weekly', 'fortnightly', 'monthly', 'none'] as const;

/** Plays the steps on two computers; then they exchange until both have heard everything, the first one starting. */
function play(steps: readonly Step[], firstToExchange: 0 | 1): SimulatedComputer[] {
  const computers = [new SimulatedComputer('aaaa'), new SimulatedComputer('bbbb')];
  let now = T0;
  for (const s of steps) {
    now += 1000;
    const here = computers[s.on] as SimulatedComputer;
    const there = computers[1 - s.on] as SimulatedComputer;
    const person = here.people[(s.kind === 'edit' || s.kind === 'forget' ? s.who : 0) % Math.max(1, here.people.length)];
    if (s.kind === 'add') here.add({ ...jo, name: s.name, memories: [] }, now);
    if (s.kind === 'forget' && person) here.forget(person.id as number);
    if (s.kind === 'edit' && person) {
      const value = s.value;
      if (s.field === 'email') here.edit(person.id as number, { email: `friend${value}@example.org` });
      if (s.field === 'rhythm') here.edit(person.id as number, { rhythm: RHYTHMS[value] ?? 'none' });
      if (s.field === 'name') here.edit(person.id as number, { name: `Friend ${value}` });
      if (s.field === 'detail')
        here.edit(person.id as number, { memories: [{ id: `d${value}`, text: `detail ${value} from ${here.node}`, kind: 'interest' }] });
    }
    if (s.kind === 'round') here.syncWith([], now);
    if (s.kind === 'deliver') there.syncWith(here.copy(), now);
  }
  const first = computers[firstToExchange] as SimulatedComputer;
  const second = computers[1 - firstToExchange] as SimulatedComputer;
  first.syncWith(second.copy(), now + 1000);
  second.syncWith(first.copy(), now + 2000);
  first.syncWith(second.copy(), now + 3000);
  return computers;
}

describe('two computers editing in any order', () => {
  it('end with the same people on both, whatever the order of edits, rounds and deliveries, and whichever starts the last exchange', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), on, (steps, first) => {
        const [a, b] = play(steps, first) as [SimulatedComputer, SimulatedComputer];
        expect(a.agreed()).toEqual(b.agreed());
        expect(a.people.length).toBe(Object.keys(a.agreed()).length);
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it('merge records commutatively, associatively and idempotently', () => {
    const clock = fc
      .tuple(fc.integer({ min: 1, max: 50 }), fc.constantFrom('aaaa', 'bbbb'))
      .map(([wall, node]) => `${wall.toString(36).padStart(9, '0')}00${node}`);
    const record = fc
      .record({
        fields: fc.dictionary(fc.constantFrom('name', 'email', 'm:a1'), fc.record({ value: fc.oneof(fc.string(), fc.constant(null)), at: clock })),
        gone: fc.option(clock, { nil: undefined }),
      })
      .map(({ fields, gone }): SyncRecord => (gone ? { id: 'x', kind: 'person', fields: {}, gone } : { id: 'x', kind: 'person', fields }));
    fc.assert(
      fc.property(record, record, record, (x, y, z) => {
        expect(mergeRecord(x, y)).toEqual(mergeRecord(y, x));
        expect(mergeRecord(mergeRecord(x, y), z)).toEqual(mergeRecord(x, mergeRecord(y, z)));
        expect(mergeRecord(x, x)).toEqual(x);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
