/**
 * Rounds of sync while it is on: what another computer wrote comes in (a forget
 * included, history and all), items put back from an older version or moved to another
 * name are refused and change nothing, and 150 people with five details each fit the
 * browser's quotas with one write a round.
 */
import { tombstone } from '../../../src/core/sync/record';
import { db } from '../../../src/db/database';
import { addPerson, listPeople, updatePerson } from '../../../src/db/people';
import { readSyncState } from '../../../src/db/sync-state';
import { useSyncPassphrase } from '../../../src/sync/account';
import { syncRound } from '../../../src/sync/engine';
import { syncPeople } from '../../../scripts/sync-people.mjs';
import { FakeSyncArea, fakeKeyStore } from '../../support/fake-sync-area';
import { otherComputerWrites, recordsIn } from '../../support/other-computer';
import { jo, maya } from '../../support/sample-data';
import type { PersonFields } from '../../../src/core/people';

const PASSPHRASE = 'walnut harbour lantern';
const NOW = Date.UTC(2026, 10, 27, 12);

async function syncedWith(...people: PersonFields[]) {
  for (const person of people) await addPerson(person, NOW);
  const sync = { area: new FakeSyncArea(), keys: fakeKeyStore() };
  await useSyncPassphrase(PASSPHRASE, sync, NOW);
  return sync;
}

describe('a round of sync', () => {
  it('forgets here, history and all, a person forgotten on another computer', async () => {
    const sync = await syncedWith(maya, jo);
    const mayaId = (await listPeople()).find((person) => person.name === maya.name)?.id as number;
    await db.nudges.add({
      origin: 'popup',
      shownAt: NOW,
      day: '2026-11-27',
      status: 'sent',
      updatedAt: NOW,
      sentAt: NOW,
      suggestion: { templateId: 't', prompt: 'A note to Maya?', draft: 'Hi Maya', personId: mayaId, personName: maya.name },
    });
    const mayaRecord = (await recordsIn(sync.area, PASSPHRASE)).find((record) => record.fields.name?.value === maya.name);
    await otherComputerWrites(sync.area, PASSPHRASE, (records) =>
      records.map((record) => (record.id === mayaRecord?.id ? tombstone(record, '0zzzzzzzz00zzzz') : record)),
    );

    await syncRound(sync.area, sync.keys, NOW + 60_000);
    expect((await listPeople()).map((person) => person.name)).toEqual([jo.name]);
    expect(await db.nudges.count()).toBe(0);
    expect((await readSyncState()).heardFrom).toHaveProperty('zzzz');
  });

  it('brings in an edit made on another computer and keeps a different edit made here', async () => {
    const sync = await syncedWith(maya);
    const [here] = await listPeople();
    await updatePerson(here?.id as number, { ...maya, phone: '+46 70 000 00 00' });
    await otherComputerWrites(sync.area, PASSPHRASE, (records) =>
      records.map((record) =>
        record.kind === 'person' ? { ...record, fields: { ...record.fields, email: { value: 'maya@new.example.org', at: '0zzzzzzzz00zzzz' } } } : record,
      ),
    );
    await syncRound(sync.area, sync.keys, NOW + 60_000);
    expect(await listPeople()).toMatchObject([{ email: 'maya@new.example.org', phone: '+46 70 000 00 00' }]);
    const [copied] = (await recordsIn(sync.area, PASSPHRASE)).filter((record) => record.kind === 'person');
    expect(copied?.fields.phone?.value).toBe('+46 70 000 00 00');
  });

  it('refuses an item put back from an older version, changes nothing with it, and writes the newer one again', async () => {
    const sync = await syncedWith(maya);
    const older = sync.area.items.get('i0') as string;
    const [here] = await listPeople();
    await updatePerson(here?.id as number, { ...maya, name: 'Maya Berg' });
    await syncRound(sync.area, sync.keys, NOW + 60_000);
    sync.area.items.set('i0', older);

    expect(await syncRound(sync.area, sync.keys, NOW + 120_000)).toMatchObject({ problem: { kind: 'refused', items: 1 } });
    expect((await listPeople()).map((person) => person.name)).toEqual(['Maya Berg']);
    expect((await recordsIn(sync.area, PASSPHRASE)).find((record) => record.kind === 'person')?.fields.name?.value).toBe('Maya Berg');
  });

  it('refuses an item moved under another name, and changes nothing with it', async () => {
    const sync = await syncedWith(maya);
    sync.area.items.set('i1', sync.area.items.get('i0') as string);
    expect(await syncRound(sync.area, sync.keys, NOW + 60_000)).toMatchObject({ problem: { kind: 'refused' } });
    expect((await listPeople()).map((person) => person.name)).toEqual([maya.name]);
  });
});

describe('the browser’s quotas', () => {
  it('fit 150 people with five details each, in one write, and an edit rewrites one item', async () => {
    await db.people.bulkAdd(syncPeople(150) as never[]);
    const sync = { area: new FakeSyncArea(), keys: fakeKeyStore() };
    await useSyncPassphrase(PASSPHRASE, sync, NOW);

    expect(sync.area.bytesInUse()).toBeLessThanOrEqual(102_400);
    expect(Math.max(...[...sync.area.items].map(([name, json]) => name.length + json.length))).toBeLessThanOrEqual(8_192);
    expect(sync.area.items.size).toBeLessThanOrEqual(512);
    // The header, then all the items at once.
    expect(sync.area.writes).toHaveLength(2);
    const state = await readSyncState();
    expect(state.usage?.people).toBe(150);
    // Counted with room for each item's version to grow: a little over what is stored now.
    expect(state.usage?.bytes).toBeGreaterThanOrEqual(sync.area.bytesInUse());
    expect(state.usage?.bytes).toBeLessThan(sync.area.bytesInUse() + 100);
    expect(state.usage?.morePeople).toBeGreaterThan(100);

    const [first] = await listPeople();
    await updatePerson(first?.id as number, { ...(first as PersonFields), email: 'new@example.org' });
    const before = sync.area.itemsWritten;
    await syncRound(sync.area, sync.keys, NOW + 60_000);
    expect(sync.area.writes).toHaveLength(3);
    expect(sync.area.itemsWritten - before).toBe(1);
    console.info(`150 people: ${sync.area.bytesInUse()} bytes in ${sync.area.items.size} items`);
  });

  it('writes nothing when the copy would not fit, says so, and keeps everything here', async () => {
    const sync = await syncedWith(maya);
    const copy = new Map(sync.area.items);
    const attempts = sync.area.attempts;
    const many = syncPeople(400, 11).map((person, i) => ({
      ...person,
      memories: person.memories.map((memory) => ({ ...memory, text: `${memory.text} ${i} ${memory.id}` })),
    }));
    await db.people.bulkAdd(many as never[]);
    expect(await syncRound(sync.area, sync.keys, NOW + 60_000)).toMatchObject({ problem: { kind: 'full' }, usage: { morePeople: 0 } });
    expect(sync.area.items).toEqual(copy);
    // Not even tried: the browser would refuse it whole, and count it against the writes.
    expect(sync.area.attempts).toBe(attempts);
    expect(await db.people.count()).toBe(401);
  });
});
