import browser from 'webextension-polyfill';

/**
 * Firefox asks the person, in its own words, before an add-on sends personal data
 * anywhere (here: their people, into Firefox Sync): the manifest declares it optional, and
 * turning sync on asks for it. Chrome has no such permission. Asked in the click itself,
 * as browsers allow permission prompts only in answer to one.
 */
const SYNC_DATA = { data_collection: ['personallyIdentifyingInfo'] };

function asksForDataCollection(): boolean {
  // Only Firefox has getBrowserInfo, and only Firefox knows data collection permissions.
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
}

export function askToSendPeople(): Promise<boolean> {
  if (!asksForDataCollection()) return Promise.resolve(true);
  return browser.permissions.request(SYNC_DATA as never);
}

/** Sync off: the permission goes back to Firefox too. */
export async function stopSendingPeople(): Promise<void> {
  if (asksForDataCollection()) await browser.permissions.remove(SYNC_DATA as never);
}
