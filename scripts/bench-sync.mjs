/**
 * The sync part of `npm run bench`: 150 people with five details each, synced from one
 * Chromium profile to a second, as a person would turn it on (settings page, passphrase
 * twice) and join on the other computer. Measures the key's derivation alone, turning
 * sync on (derivation, then the first round: stamp, lay out, compress, encrypt, one
 * write), the bytes and items in the browser's sync storage, and the second computer's
 * join (derivation, then read, decrypt, merge and write 150 people in one transaction).
 */
/* global indexedDB, chrome -- used only in functions that run in the browser (evaluate) */
import { launchWithExtension } from './chromium.mjs';
import { syncPeople } from './sync-people.mjs';

export const SYNC_PEOPLE = 150;
const OPTIONS = '/src/ui/options/index.html#data';
const PASSPHRASE = 'walnut harbour lantern';

/** @typedef {import('playwright-core').Page} Page */

/** @param {import('./chromium.mjs').Launched} launched */
const worker = (launched) => {
  const found = launched.context.serviceWorkers().find((candidate) => candidate.url().includes(launched.extensionId));
  if (!found) throw new Error('The extension has no service worker');
  return found;
};

/** Test setup only: writes the people straight into the extension's database. @param {Page} page @param {unknown[]} people */
async function seedPeople(page, people) {
  await page.evaluate(async (rows) => {
    /** @type {IDBDatabase} */
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('small-hellos');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const transaction = db.transaction(['people'], 'readwrite');
      for (const row of rows) transaction.objectStore('people').add(row);
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, people);
}

/** Milliseconds from the click on the form's button to `done` on the page. @param {Page} page @param {string} done */
async function timed(page, button, done) {
  const started = Date.now();
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByText(done).waitFor({ timeout: 60_000 });
  return Date.now() - started;
}

/** @param {(values: number[]) => number} median @param {number} runs */
export async function benchSync(median, runs) {
  const [first, second] = await Promise.all([launchWithExtension(), launchWithExtension()]);
  try {
    const page = await first.context.newPage();
    await page.goto(`chrome-extension://${first.extensionId}${OPTIONS}`);
    await seedPeople(page, syncPeople(SYNC_PEOPLE));
    /** @type {number[]} */
    const derive = [];
    for (let i = 0; i < Math.min(runs, 5); i++) {
      derive.push(
        await page.evaluate(async () => {
          const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('walnut harbour lantern'), 'PBKDF2', false, ['deriveBits']);
          const started = performance.now();
          await crypto.subtle.deriveBits(
            { name: 'PBKDF2', hash: 'SHA-256', salt: crypto.getRandomValues(new Uint8Array(16)), iterations: 600_000 },
            material,
            256,
          );
          return performance.now() - started;
        }),
      );
    }
    await page.getByRole('button', { name: 'Turn on sync' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('The same passphrase again').fill(PASSPHRASE);
    const turnOn = await timed(page, 'Turn on', 'Sync is on. Your people reach');
    const items = await worker(first).evaluate(() => chrome.storage.sync.get(null));
    const bytes = await worker(first).evaluate(() => chrome.storage.sync.getBytesInUse(null));
    const largest = Math.max(...Object.entries(items).map(([name, value]) => name.length + JSON.stringify(value).length));

    await worker(second).evaluate((next) => chrome.storage.sync.set(next), items);
    const joining = await second.context.newPage();
    await joining.goto(`chrome-extension://${second.extensionId}${OPTIONS}`);
    await joining.getByRole('button', { name: 'Turn on sync' }).click();
    await joining.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    const join = await timed(joining, 'Turn on', 'Sync is on. The people from your other computers are here.');
    return { derive: median(derive), turnOn, join, bytes, items: Object.keys(items).length, largest };
  } finally {
    await Promise.all([first.close(), second.close()]);
  }
}
