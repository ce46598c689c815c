/**
 * Turning sync on, a second computer joining with the same passphrase, a wrong
 * passphrase, a restart, starting over and turning off: against the browser's sync
 * storage as Chrome keeps it (quotas and all), with this computer's real database.
 */
import { db } from '../../../src/db/database';
import { addPerson, listPeople } from '../../../src/db/people';
import { readSyncState, resetSyncState } from '../../../src/db/sync-state';
import { deleteEverything } from '../../../src/db/history';
import { leaveSyncBeforeDeletingEverything, startCopyOver, turnSyncOff, useSyncPassphrase } from '../../../src/sync/account';
import { syncRound } from '../../../src/sync/engine';
import { FakeSyncArea, fakeKeyStore } from '../../support/fake-sync-area';
import { recordsIn } from '../../support/other-computer';
import { jo, maya } from '../../support/sample-data';

const PASSPHRASE = 'walnut harbour lantern';
const NOW = Date.UTC(2026, 10, 27, 12);

function places() {
  return { area: new FakeSyncArea(), keys: fakeKeyStore() };
}

describe('turning sync on', () => {
  it('starts a copy of the people that holds only ciphertext under opaque names', async () => {
    await addPerson(maya, NOW);
    const sync = places();
    expect(await useSyncPassphrase(PASSPHRASE, sync, NOW)).toEqual({ ok: true, joined: false });
    const names = [...sync.area.items.keys()].sort();
    expect(names).toEqual(['h', 'i0']);
    const everything = JSON.stringify([...sync.area.items]);
    for (const word of ['Maya', 'Lindqvist', 'maya@example.com', '123 45 67', 'cello', 'new job', 'fortnightly', PASSPHRASE])
      expect(everything).not.toContain(word);
    expect((await recordsIn(sync.area, PASSPHRASE)).filter((record) => record.kind === 'person')).toHaveLength(1);
    expect(await readSyncState()).toMatchObject({ on: true, usage: { people: 1 } });
  });

  it('brings the people in on a second computer that types the same passphrase', async () => {
    await addPerson(maya, NOW);
    const sync = places();
    await useSyncPassphrase(PASSPHRASE, sync, NOW);
    // The second computer: nobody here yet, and sync never on.
    await leaveSyncBeforeDeletingEverything(false, sync);
    await deleteEverything();
    await resetSyncState({ on: false });
    const second = { area: sync.area, keys: fakeKeyStore() };
    expect(await useSyncPassphrase(PASSPHRASE, second, NOW + 60_000)).toEqual({ ok: true, joined: true });
    const people = await listPeople();
    expect(people.map((person) => person.name)).toEqual(['Maya Lindqvist']);
    expect(people[0]?.memories.map((memory) => memory.text)).toEqual(['the cello lessons', 'your new job']);
  });

  it('says a wrong passphrase is wrong, and changes nothing here or in the copy', async () => {
    await addPerson(maya, NOW);
    const sync = places();
    await useSyncPassphrase(PASSPHRASE, sync, NOW);
    await leaveSyncBeforeDeletingEverything(false, sync);
    await addPerson(jo, NOW);
    const [copyBefore, peopleBefore, stateBefore] = [new Map(sync.area.items), await db.people.toArray(), await readSyncState()];

    expect(await useSyncPassphrase('walnut harbour lanterns', sync, NOW + 60_000)).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(sync.area.items).toEqual(copyBefore);
    expect(await db.people.toArray()).toEqual(peopleBefore);
    expect(await readSyncState()).toEqual(stateBefore);
  });

  it('asks for the passphrase again after the browser restarts, and syncs again once it is typed', async () => {
    await addPerson(maya, NOW);
    const sync = places();
    await useSyncPassphrase(PASSPHRASE, sync, NOW);
    sync.keys.area.values.clear();
    await addPerson(jo, NOW + 1000);
    expect(await syncRound(sync.area, sync.keys, NOW + 60_000)).toMatchObject({ on: true, problem: { kind: 'needs-passphrase' } });
    expect(await useSyncPassphrase(PASSPHRASE, sync, NOW + 120_000)).toEqual({ ok: true, joined: true });
    expect((await readSyncState()).problem).toBeUndefined();
    expect((await recordsIn(sync.area, PASSPHRASE)).filter((record) => record.kind === 'person')).toHaveLength(2);
  });

  it('starts the copy over from this computer with a new passphrase, which the old one no longer opens', async () => {
    await addPerson(maya, NOW);
    const sync = places();
    await useSyncPassphrase(PASSPHRASE, sync, NOW);
    await startCopyOver('a brand new passphrase', sync, NOW + 60_000);
    expect((await recordsIn(sync.area, 'a brand new passphrase')).filter((record) => record.kind === 'person')).toHaveLength(1);
    expect(await useSyncPassphrase(PASSPHRASE, { area: sync.area, keys: fakeKeyStore() }, NOW)).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await listPeople()).toHaveLength(1);
  });
});

describe('turning sync off', () => {
  it('removes the copy from the browser account and keeps the people here', async () => {
    await addPerson(maya, NOW);
    const sync = places();
    sync.area.items.set('someone-else', '"another extension’s item"');
    await useSyncPassphrase(PASSPHRASE, sync, NOW);
    await turnSyncOff(sync);
    expect([...sync.area.items.keys()]).toEqual(['someone-else']);
    expect(await listPeople()).toHaveLength(1);
    expect(await readSyncState()).toMatchObject({ on: false });
    expect(sync.keys.area.values.size).toBe(0);
  });

  it('turns off here too when another computer removed the copy, and says so', async () => {
    await addPerson(maya, NOW);
    const sync = places();
    await useSyncPassphrase(PASSPHRASE, sync, NOW);
    sync.area.items.clear();
    expect(await syncRound(sync.area, sync.keys, NOW + 60_000)).toMatchObject({ on: false, problem: { kind: 'copy-removed' } });
    expect(await listPeople()).toHaveLength(1);
  });

  it('keeps the copy when Delete everything is told to, and never tells the other computers to forget anyone', async () => {
    await addPerson(maya, NOW);
    const sync = places();
    await useSyncPassphrase(PASSPHRASE, sync, NOW);
    const copy = new Map(sync.area.items);
    await leaveSyncBeforeDeletingEverything(false, sync);
    await deleteEverything();
    expect(await syncRound(sync.area, sync.keys, NOW + 60_000)).toMatchObject({ on: false });
    expect(sync.area.items).toEqual(copy);
  });
});
