/** Test setup and inspection only: the extension's own database and session storage, read and changed in its own origin. */
/* global indexedDB -- used only in functions that run in the browser (evaluate) */

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

/** Where the person's data lives (src/db/database.ts). */
const DATABASE = { name: 'small-hellos', settings: 'settings', nudges: 'nudges' };

/**
 * An extension page that shows and asks nothing: the card's page with no card to show.
 * (The popup would put today's energy question, and a question shown counts as asked.)
 */
const QUIET_PAGE_PATH = '/src/ui/nudge/index.html';

/**
 * Runs `action` in the extension's own origin: in its service worker while one is running
 * (no tab to open, load and close, which cost a second a time on a busy machine), else in a
 * tab showing an extension page, closed after. The database is the extension's: `action`
 * waits for it to be made.
 *
 * @template T
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {(page: { evaluate: Page['evaluate'] }) => Promise<T>} action
 * @returns {Promise<T>}
 */
async function inExtensionOrigin(context, extensionId, action) {
  const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/`));
  if (worker) {
    try {
      return await action(/** @type {{ evaluate: Page['evaluate'] }} */ (/** @type {unknown} */ (worker)));
    } catch (error) {
      // A worker just stopped (as a story stops it) runs nothing more: a tab does it instead.
      if (!/Target .*closed|has been closed|Execution context was destroyed/i.test(String(error))) throw error;
    }
  }
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}${QUIET_PAGE_PATH}`);
    return await action(page);
  } finally {
    await page.close();
  }
}

/**
 * Test setup only: merges `changes` into the settings row, with raw IndexedDB in the
 * extension's own origin, e.g. `{ activeFromMinutes: 0,
 * activeUntilMinutes: 0 }` for nudges at any hour.
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {Record<string, unknown>} changes
 */
export async function setSettings(context, extensionId, changes) {
  await inExtensionOrigin(context, extensionId, (page) => writeSettingsIn(page, changes));
}

/**
 * Test setup only: merges `changes` into the settings row from an extension page that is
 * already open, driven by Playwright or Puppeteer alike.
 *
 * @param {{ evaluate: Page['evaluate'] }} page
 * @param {Record<string, unknown>} changes
 */
export async function writeSettingsIn(page, changes) {
  await page.evaluate(
    async ({ database, changes }) => {
      const store = await openStore(database.name, database.settings);
      const db = store.db;
      await new Promise((resolve, reject) => {
        const transaction = db.transaction(database.settings, 'readwrite');
        const settings = transaction.objectStore(database.settings);
        const read = settings.get('settings');
        read.onsuccess = () => settings.put({ ...read.result, ...changes, key: 'settings' });
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      });
      db.close();

      /** Opens the database the extension made, waiting a little if it is not made yet. */
      async function openStore(/** @type {string} */ name, /** @type {string} */ storeName) {
        for (let attempt = 0; attempt < 50; attempt += 1) {
          /** @type {IDBDatabase | undefined} */
          const opened = await new Promise((resolve) => {
            const request = indexedDB.open(name);
            // No database yet: do not create one of our own, let the extension make it.
            request.onupgradeneeded = () => request.transaction?.abort();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => resolve(undefined);
          });
          if (opened?.objectStoreNames.contains(storeName)) return { db: opened };
          opened?.close();
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`The extension's database ${name} has no ${storeName} store`);
      }
    },
    { database: DATABASE, changes },
  );
}

/** Settings under which nudges may appear at any hour: tests and the demo run at any time. */
export const ALL_DAY = { activeFromMinutes: 0, activeUntilMinutes: 0 };

/**
 * Test setup only: moves every stored nudge `minutes` into the past, as if that much time
 * had gone by since it appeared (to pass the cooldown honestly).
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {number} minutes
 * @returns {Promise<number>} how many nudges were moved
 */
export async function moveNudgesBack(context, extensionId, minutes) {
  return inExtensionOrigin(context, extensionId, (page) => moveNudgesBackIn(page, minutes));
}

/**
 * Test setup only: moves every stored nudge `minutes` into the past (when it was shown,
 * last changed and sent), from an extension page that is already open, driven by
 * Playwright or Puppeteer alike.
 *
 * @param {{ evaluate: Page['evaluate'] }} page
 * @param {number} minutes
 * @returns {Promise<number>} how many nudges were moved
 */
export async function moveNudgesBackIn(page, minutes) {
  return page.evaluate(
    async ({ database, shift }) => {
      /** @type {IDBDatabase} */
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(database.name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      /** @type {number} */
      const moved = await new Promise((resolve, reject) => {
        let count = 0;
        const transaction = db.transaction(database.nudges, 'readwrite');
        const cursorRequest = transaction.objectStore(database.nudges).openCursor();
        cursorRequest.onsuccess = () => {
          const cursor = cursorRequest.result;
          if (!cursor) return;
          const nudge = cursor.value;
          const sent = nudge.sentAt === undefined ? {} : { sentAt: nudge.sentAt - shift };
          cursor.update({ ...nudge, shownAt: nudge.shownAt - shift, updatedAt: nudge.updatedAt - shift, ...sent });
          count += 1;
          cursor.continue();
        };
        transaction.oncomplete = () => resolve(count);
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      return moved;
    },
    { database: DATABASE, shift: minutes * 60_000 },
  );
}

/**
 * Test setup only: moves the times the background keeps of the tabs and sites (when each
 * tab went out of view, when each site's last moment came) `minutes` into the past, from an
 * extension page that is already open, driven by Playwright or Puppeteer alike, in Chromium
 * or Firefox. Returns the keys it found.
 *
 * @param {{ evaluate: Page['evaluate'] }} page
 * @param {number} minutes
 * @returns {Promise<string[]>}
 */
export async function moveArrivalsBackIn(page, minutes) {
  return page.evaluate(async (shift) => {
    const area = (globalThis.browser ?? globalThis.chrome).storage.session;
    const kept = /** @type {Record<string, number>} */ (await area.get(null));
    const moved = Object.fromEntries(
      Object.entries(kept)
        .filter(([key]) => /^(away|moment):/.test(key))
        .map(([key, at]) => [key, at - shift]),
    );
    await area.set(moved);
    return Object.keys(moved);
  }, minutes * 60_000);
}

/**
 * Test inspection only: every stored nudge, oldest first, as the extension wrote it.
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @returns {Promise<{ id: number, status: string, site?: string, origin: string, shownAt: number, finalText?: string, suggestion: { templateId: string, personName?: string }, tried?: { templateIds: string[] } }[]>}
 */
export async function readNudges(context, extensionId) {
  return inExtensionOrigin(context, extensionId, readNudgesIn);
}

/**
 * Test inspection only: every stored nudge, read from an extension page that is already
 * open, driven by Playwright or Puppeteer alike.
 *
 * @param {{ evaluate: Page['evaluate'] }} page
 * @returns {Promise<{ id: number, status: string, site?: string, origin: string, shownAt: number, finalText?: string, suggestion: { templateId: string, personName?: string }, tried?: { templateIds: string[] } }[]>}
 */
export async function readNudgesIn(page) {
  return readStoreIn(page, DATABASE.nudges);
}

/**
 * Test inspection only: the stored settings row (only what was ever changed), read from
 * an extension page that is already open.
 *
 * @param {{ evaluate: Page['evaluate'] }} page
 * @returns {Promise<Record<string, unknown>>}
 */
export async function readSettingsIn(page) {
  const rows = /** @type {Record<string, unknown>[]} */ (await readStoreIn(page, DATABASE.settings));
  return rows.find((row) => row.key === 'settings') ?? {};
}

/**
 * Test inspection only: every row of one of the extension's stores, read with raw IndexedDB.
 *
 * @param {{ evaluate: Page['evaluate'] }} page
 * @param {string} store
 * @returns {Promise<any[]>}
 */
export async function readStoreIn(page, store) {
  return page.evaluate(
    async ({ name, store }) => {
      /** @type {IDBDatabase} */
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        return await new Promise((resolve, reject) => {
          const read = db.transaction(store).objectStore(store).getAll();
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => reject(read.error);
        });
      } finally {
        db.close();
      }
    },
    { name: DATABASE.name, store },
  );
}
