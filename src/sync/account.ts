import { deriveKeyBytes, importKey, keyOpensHeader, newCopyParameters, readHeader, sealHeader, type SyncHeader } from '../core/sync/envelope';
import { HEADER_NAME, isItemName } from '../core/sync/layout';
import { peekSyncState, readSyncState, resetSyncState, updateSyncState } from '../db/sync-state';
import { browserSyncPlaces, type KeyStore, type SyncArea } from './areas';
import { stopSendingPeople } from './consent';
import { oneAtATime, syncRound } from './engine';

/**
 * The steps a person takes with sync on the settings page: turn it on (starting the
 * synced copy, or joining the one their other computer started), type the passphrase
 * again after a restart, start the copy over when the passphrase is forgotten, and turn
 * it off. A wrong passphrase changes nothing, here or in the copy.
 */
export type PassphraseOutcome = { readonly ok: true; readonly joined: boolean } | { readonly ok: false; readonly reason: 'wrong-passphrase' | 'unavailable' };

export interface SyncPlaces {
  readonly area: SyncArea;
  readonly keys: KeyStore;
}

/** The passphrase a person must choose: long enough that guessing it stays out of reach. */
export const MIN_PASSPHRASE_LENGTH = 10;

async function readCopyHeader(area: SyncArea): Promise<SyncHeader | undefined | 'unavailable'> {
  try {
    return readHeader((await area.get(HEADER_NAME))[HEADER_NAME]);
  } catch (error) {
    console.error("Small Hellos could not read the browser's sync storage:", error);
    return 'unavailable';
  }
}

/** Everything Small Hellos keeps in the browser's sync storage, for removing it. */
async function ourItems(area: SyncArea): Promise<string[]> {
  return Object.keys(await area.get(null)).filter((name) => name === HEADER_NAME || isItemName(name));
}

async function startCopy(passphrase: string, { area, keys }: SyncPlaces): Promise<void> {
  const parameters = newCopyParameters();
  const bytes = await deriveKeyBytes(passphrase, parameters);
  const header = await sealHeader(await importKey(bytes), parameters);
  const old = await ourItems(area);
  if (old.length > 0) await area.remove(old);
  await area.set({ [HEADER_NAME]: header });
  await keys.remember(header.account, bytes);
  await resetSyncState({ on: true, account: header.account });
}

/**
 * With the passphrase: joins the copy in the browser account (or starts one when there is
 * none), then syncs once, so the people from the other computers come in now. Also what
 * "type your passphrase again" does, after a restart or a copy started over elsewhere.
 */
export async function useSyncPassphrase(passphrase: string, places: SyncPlaces, now: number): Promise<PassphraseOutcome> {
  const outcome = await oneAtATime(async (): Promise<PassphraseOutcome> => {
    const header = await readCopyHeader(places.area);
    if (header === 'unavailable') return { ok: false, reason: 'unavailable' };
    if (!header) {
      await startCopy(passphrase, places);
      return { ok: true, joined: false };
    }
    const bytes = await deriveKeyBytes(passphrase, header);
    if (!(await keyOpensHeader(await importKey(bytes), header))) return { ok: false, reason: 'wrong-passphrase' };
    const state = await readSyncState();
    await places.keys.remember(header.account, bytes);
    // Another copy than the one this computer knew: its records are taken as new, matched by name.
    if (!state.on || state.account !== header.account) await resetSyncState({ on: true, account: header.account });
    else await updateSyncState({ problem: undefined });
    return { ok: true, joined: true };
  });
  if (outcome.ok) await syncRound(places.area, places.keys, now);
  return outcome;
}

/** A forgotten passphrase: the copy in the browser account is replaced by this computer's data, under a new passphrase. */
export async function startCopyOver(passphrase: string, places: SyncPlaces, now: number): Promise<void> {
  await oneAtATime(() => startCopy(passphrase, places));
  await syncRound(places.area, places.keys, now);
}

/** Sync off: the copy leaves the browser account (every computer then stops); the data here stays. */
export async function turnSyncOff({ area, keys }: SyncPlaces): Promise<void> {
  await oneAtATime(async () => {
    const items = await ourItems(area);
    if (items.length > 0) await area.remove(items);
    await keys.forget();
    await resetSyncState({ on: false });
  });
}

/**
 * Called by Delete everything before the data goes. Sync stops on this computer first,
 * so that the deletion never reaches the other computers as forgetting; with
 * `removeSyncedCopy` the copy leaves the browser account too.
 */
export async function leaveSyncBeforeDeletingEverything(removeSyncedCopy: boolean, places: SyncPlaces): Promise<void> {
  if (removeSyncedCopy) return turnSyncOff(places);
  await oneAtATime(async () => {
    await places.keys.forget();
    await resetSyncState({ on: false });
  });
}

/** Delete everything's first step (ui/options/data-steps.ts startFresh): nothing while sync is off. */
export async function stopSyncForFreshStart(removeSyncedCopy: boolean): Promise<void> {
  if (!(await peekSyncState()).on) return;
  await leaveSyncBeforeDeletingEverything(removeSyncedCopy, browserSyncPlaces());
  if (removeSyncedCopy) await stopSendingPeople();
}
