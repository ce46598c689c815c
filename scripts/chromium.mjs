/**
 * Drives Debian's Chromium with the built extension loaded: shared by `npm start` and the
 * end-to-end tests. Plain ESM with JSDoc types so Node runs it as is.
 *
 * There is no internet here, and the extension must not need any: every catalogue site is
 * served from a fixture in tests/fixtures at its real URL (so the content script runs on
 * it), and every other http(s) request is aborted and written down.
 */
/* global self, indexedDB, ShadowRoot -- used only in functions that run in the browser (evaluate) */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from './ensure-chromium.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Frame} Frame */
/** @typedef {import('playwright-core').Worker} Worker */

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The built extension: dist/, or another build folder named by SMALL_HELLOS_DIST. */
export const dist = path.resolve(ROOT, process.env.SMALL_HELLOS_DIST || 'dist');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

/** Where each catalogue host's fixture lives; any other catalogue host gets generic.html. */
const FIXTURE_BY_HOST = /** @type {Record<string, string>} */ ({
  'mail.google.com': 'gmail.html',
  'outlook.live.com': 'outlook.html',
  'outlook.office.com': 'outlook.html',
  'outlook.office365.com': 'outlook.html',
  'x.com': 'x.html',
  'twitter.com': 'x.html',
  'www.facebook.com': 'facebook.html',
  'www.linkedin.com': 'linkedin.html',
  'www.reddit.com': 'reddit.html',
});

/** Response headers a fixture is served with, beyond its content type. */
const FIXTURE_HEADERS = /** @type {Record<string, Record<string, string>>} */ ({
  // A page that forbids every frame: Chromium still shows an extension's frame.
  'gmail-hostile.html': { 'content-security-policy': "frame-src 'none'" },
});

/** Where the person's data lives (src/db/database.ts). */
const DATABASE = { name: 'small-hellos', settings: 'settings', nudges: 'nudges' };

/** The path of the card page inside the extension (its URL has a dynamic id in a page). */
export const CARD_PATH = '/src/ui/nudge/index.html';
export const POPUP_PATH = '/src/ui/popup/index.html';
/** The welcome the extension opens once, when it is installed. */
export const WELCOME_PATH = '/src/ui/welcome/index.html';

/**
 * @typedef {object} Launched
 * @property {BrowserContext} context
 * @property {string} extensionId
 * @property {Worker} serviceWorker The worker as first started; stale once it is stopped.
 * @property {string} userDataDir
 * @property {Page | undefined} welcome The welcome tab opened on install, when asked to keep it.
 * @property {() => Promise<void>} close Closes the browser and removes a temporary profile.
 */

/** Flags for a quiet, offline Chromium, with or without the extension. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  // Playwright's own --disable-features list switches third-party storage partitioning
  // off, which a real Chrome has on; the last --disable-features wins, so this one puts
  // the real behaviour back: extension frames in web pages may then be refused storage, as in Chrome.
  '--disable-features=DestroyProfileOnBrowserClose,PaintHolding,HttpsUpgrades',
];

/** The languages the build speaks, by folder name in _locales ("en", "de"). */
export function builtLocales() {
  return readdirSync(path.join(dist, '_locales')).sort();
}

/** @type {Map<string, Record<string, { message: string }>>} */
const builtMessages = new Map();

/**
 * One message of a locale as the build ships it, placeholders left as written: the words a
 * person reads, e.g. `message('de', 'writeIt')` is "Schreiben".
 *
 * @param {string} locale
 * @param {string} key
 * @returns {string}
 */
export function message(locale, key) {
  let messages = builtMessages.get(locale);
  if (!messages) {
    messages = JSON.parse(readFileSync(path.join(dist, '_locales', locale, 'messages.json'), 'utf8'));
    builtMessages.set(locale, /** @type {Record<string, { message: string }>} */ (messages));
  }
  const text = messages?.[key]?.message;
  if (text === undefined) throw new Error(`The ${locale} locale in ${dist} has no message ${key}`);
  return text;
}

/**
 * An accessible name as any of the build's languages says it: the helpers below find the
 * card's buttons whatever language the browser speaks.
 *
 * @param {...string} keys
 * @returns {RegExp}
 */
export function inAnyLanguage(...keys) {
  const names = builtLocales().flatMap((locale) => keys.map((key) => message(locale, key)));
  return new RegExp(`^(${[...new Set(names)].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
}

/**
 * Starts Chromium with the extension from dist/ in a fresh profile (a temporary directory
 * unless `userDataDir` is given) and waits until its service worker is active. With
 * `locale` ("de") the browser speaks that language, as when a person's system does. With
 * `timezone` ("Etc/GMT-3") its local clock is that zone's, in every context of the
 * extension (Chromium reads TZ): tests that depend on the hour choose it.
 *
 * A fresh profile installs the extension, which opens its welcome in a tab: it is waited
 * for and closed (so that no story's tabs race with it), unless `keepWelcome` asks for it.
 *
 * @param {{ headless?: boolean, userDataDir?: string, locale?: string, timezone?: string, keepWelcome?: boolean }} [options]
 * @returns {Promise<Launched>}
 */
export async function launchWithExtension({ headless = true, userDataDir, locale, timezone, keepWelcome = false } = {}) {
  if (!existsSync(path.join(dist, 'manifest.json'))) {
    throw new Error(`There is no build in ${dist}: run \`npx vite build\` first.`);
  }
  const profile = userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'small-hellos-profile-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    // `--headless=new` below instead of Playwright's headless mode, which cannot load extensions.
    headless: false,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...BROWSER_ARGS,
      // On Linux Chromium takes its language from LANGUAGE as well as from --lang.
      ...(locale ? [`--lang=${locale}`] : []),
    ],
    ...(locale || timezone ? { env: { ...process.env, ...(locale ? { LANGUAGE: locale } : {}), ...(timezone ? { TZ: timezone } : {}) } } : {}),
  });
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(serviceWorker.url()).host;
    await waitUntil(() => serviceWorker.evaluate(() => Boolean(self.registration.active)), {
      timeout: 10_000,
      what: 'the service worker to become active',
    });
    const welcome = userDataDir ? undefined : await waitForWelcome(context, extensionId);
    if (welcome && !keepWelcome) await welcome.close();
    return {
      context,
      extensionId,
      serviceWorker,
      welcome: keepWelcome ? welcome : undefined,
      userDataDir: profile,
      close: async () => {
        await context.close();
        if (!userDataDir) await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    if (!userDataDir) await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The welcome tab a fresh install opens. A build from before the welcome existed opens
 * none, and then none is waited for longer than a few seconds.
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @returns {Promise<Page | undefined>}
 */
async function waitForWelcome(context, extensionId) {
  const address = `chrome-extension://${extensionId}${WELCOME_PATH}`;
  if (!existsSync(path.join(dist, WELCOME_PATH))) return undefined;
  const welcome = await waitUntil(() => context.pages().find((page) => page.url() === address), { timeout: 10_000, what: 'the welcome tab' });
  // Closed half-loaded, the page can leave the extension's next pages without their words
  // (Chromium then answers every i18n lookup with ""): let it finish first.
  await welcome.waitForLoadState('load');
  await welcome.locator('h1').first().waitFor({ timeout: 10_000 });
  return welcome;
}

/** Every host the content script runs on, read from the built (or source) manifest. */
export function catalogueHosts() {
  const manifestPath = existsSync(path.join(dist, 'manifest.json'))
    ? path.join(dist, 'manifest.json')
    : path.join(ROOT, 'manifest.json');
  /** @type {{ content_scripts?: { matches?: string[] }[] }} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const patterns = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return [...new Set(patterns.map((pattern) => new URL(pattern.replace('*', 'x')).hostname))];
}

/** @param {string} file */
async function fixture(file) {
  return readFile(path.join(FIXTURES, file), 'utf8');
}

/**
 * @typedef {object} NetworkLog
 * @property {string[]} served Fixture documents served, by URL, in order.
 * @property {string[]} blocked Every other http(s) request, aborted.
 */

/**
 * Serves each catalogue site's fixture at its real https URL and aborts every other http(s)
 * request, writing both down. `fixtures` swaps the page served for a host, e.g.
 * `{ 'mail.google.com': 'gmail-hostile.html' }`.
 *
 * @param {BrowserContext} context
 * @param {{ fixtures?: Record<string, string> }} [options]
 * @returns {Promise<NetworkLog>}
 */
export async function serveFixtures(context, { fixtures = {} } = {}) {
  /** @type {NetworkLog} */
  const log = { served: [], blocked: [] };
  const hosts = new Set(catalogueHosts());
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const request = route.request();
      const { hostname } = new URL(request.url());
      if (hosts.has(hostname) && request.resourceType() === 'document') {
        const file = fixtures[hostname] ?? FIXTURE_BY_HOST[hostname] ?? 'generic.html';
        log.served.push(request.url());
        await route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8', ...FIXTURE_HEADERS[file] },
          body: await fixture(file),
        });
        return;
      }
      log.blocked.push(request.url());
      await route.abort('blockedbyclient');
    },
  );
  return log;
}

/**
 * An extension page that shows and asks nothing: the card's page with no card to show.
 * (The popup would put today's energy question, and a question shown counts as asked.)
 */
const QUIET_PAGE_PATH = '/src/ui/nudge/index.html';

/**
 * Runs `action` in a tab showing an extension page of the extension's own origin, then
 * closes the tab. The database is the extension's: `action` waits for it to be made.
 *
 * @template T
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {(page: Page) => Promise<T>} action
 * @returns {Promise<T>}
 */
async function inExtensionPage(context, extensionId, action) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}${QUIET_PAGE_PATH}`);
    return await action(page);
  } finally {
    await page.close();
  }
}

/**
 * Test setup only: merges `changes` into the settings row, with raw IndexedDB in an
 * extension page (the extension's own origin), e.g. `{ activeFromMinutes: 0,
 * activeUntilMinutes: 0 }` for nudges at any hour.
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {Record<string, unknown>} changes
 */
export async function setSettings(context, extensionId, changes) {
  await inExtensionPage(context, extensionId, (page) => writeSettingsIn(page, changes));
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
  return inExtensionPage(context, extensionId, (page) => moveNudgesBackIn(page, minutes));
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
    const moved = Object.fromEntries(Object.entries(kept).filter(([key]) => /^(away|moment):/.test(key)).map(([key, at]) => [key, at - shift]));
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
  return inExtensionPage(context, extensionId, readNudgesIn);
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

/**
 * The card's frame in `page`, if one is showing. The frame sits in a closed shadow root,
 * out of reach of CSS locators, but Playwright lists it among the page's frames.
 *
 * @param {Page} page
 * @returns {Frame | undefined}
 */
export function cardFrame(page) {
  return page.frames().find((frame) => frame.url().startsWith('chrome-extension://') && frame.url().includes(CARD_PATH));
}

/**
 * The card's outer box in the page: the host element the content script added, which the
 * card sizes to fit (it stays 0 px tall until the card reports its height).
 *
 * @param {Frame} card
 * @returns {Promise<{ x: number, y: number, width: number, height: number }>}
 */
export async function cardBox(card) {
  const frameElement = await card.frameElement();
  return frameElement.evaluate((frame) => {
    const root = frame.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : /** @type {Element} */ (frame);
    const { x, y, width, height } = host.getBoundingClientRect();
    return { x, y, width, height };
  });
}

/**
 * Waits until a card is showing in `page` as a person would see it: its close button
 * visible and its box on the page at its height. Returns the card's frame.
 *
 * @param {Page} page
 * @param {{ timeout?: number, reading?: boolean }} [options] `reading: false` returns as soon
 *   as the card is visible, for measuring; clicks may not count yet.
 * @returns {Promise<Frame>}
 */
export async function waitForCard(page, { timeout = 5_000, reading = true } = {}) {
  const deadline = Date.now() + timeout;
  const remaining = () => Math.max(deadline - Date.now(), 1);
  const card = await waitUntil(() => cardFrame(page), { timeout, what: `a card in ${page.url()}` });
  // Today's energy asked, a note to write, or an idea away from the screen: the card's × is on each.
  await card.getByRole('button', { name: inAnyLanguage('close') }).waitFor({ state: 'visible', timeout: remaining() });
  await waitUntil(async () => (await cardBox(card)).height > 40, {
    timeout: remaining(),
    what: 'the card to take its height on the page',
  });
  // A click counts only once the card has been in plain view for a moment (SEEN_FOR_MS in
  // src/ui/nudge/seen-tracker.ts), as it would have been for any person reading it; the card
  // says when it has (`data-seen` on the card, in its own frame).
  if (reading) await card.locator('[data-seen="seen"]').waitFor({ timeout: 10_000 });
  return card;
}

/** A little longer than the card must have been in view before a click on it counts. */
export const CARD_READING_MS = 600;

/**
 * The idea on the card (or in the popup), past today's energy question if the first card
 * of the day asks it: the person would rather not say.
 *
 * @param {Frame | Page} card
 */
export async function pastEnergyQuestion(card) {
  const idea = card.getByRole('button', { name: inAnyLanguage('writeIt', 'iDidIt', 'energySkip') }).first();
  await idea.waitFor({ state: 'visible' });
  const skip = card.getByRole('button', { name: inAnyLanguage('energySkip') });
  if (await skip.isVisible()) {
    await skip.click();
    await card.getByRole('button', { name: inAnyLanguage('writeIt', 'iDidIt') }).first().waitFor({ state: 'visible' });
  }
}

/**
 * Another idea, as a person asks for it: on the card from its menu, in the popup in place.
 * Waits until the idea has changed.
 *
 * @param {Frame | Page} card
 */
export async function askAnotherIdea(card) {
  const prompt = card.locator('.card__prompt, .suggestion__prompt');
  const before = await prompt.innerText();
  const another = card.getByRole('button', { name: inAnyLanguage('anotherIdea') });
  if (!(await another.isVisible())) await card.getByRole('button', { name: inAnyLanguage('cardMenu') }).click();
  await another.click();
  await waitUntil(async () => (await prompt.innerText()) !== before, { what: 'another idea' });
}

/**
 * Makes sure the card (or the popup) offers a note to write: an idea away from the screen
 * (a hello to a neighbour) has none, so Another idea is asked, as a person wanting to
 * write would.
 *
 * @param {Frame | Page} card
 */
export async function ensureWrittenIdea(card) {
  await pastEnergyQuestion(card);
  for (let tries = 0; tries < 3; tries += 1) {
    if (await card.getByRole('button', { name: inAnyLanguage('writeIt') }).isVisible()) return;
    await askAnotherIdea(card);
  }
  await card.getByRole('button', { name: inAnyLanguage('writeIt') }).waitFor({ state: 'visible' });
}

/**
 * Write it, on a card (or the popup) that offers a note to write.
 *
 * @param {Frame | Page} card
 */
export async function startWriting(card) {
  await ensureWrittenIdea(card);
  await card.getByRole('button', { name: inAnyLanguage('writeIt') }).click();
}

/**
 * Stops the extension's service worker, as Chromium does after ~30 s idle (while Playwright
 * is attached it never idles by itself), and waits until DevTools reports it stopped. The
 * next message from a page starts it again.
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {Page} page any page, to reach DevTools through
 */
export async function stopExtensionWorker(context, extensionId, page) {
  const devtools = await context.newCDPSession(page);
  const ours = `chrome-extension://${extensionId}/`;
  let stopped = false;
  devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const versionsOfOurs = versions.filter((version) => version.scriptURL.startsWith(ours));
    // Latched: a page's next message may start the worker again at once, and that is fine.
    if (versionsOfOurs.length > 0 && versionsOfOurs.every((version) => version.runningStatus === 'stopped')) stopped = true;
  });
  try {
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');
    await waitUntil(() => stopped, { timeout: 15_000, what: 'the service worker to stop' });
  } finally {
    await devtools.detach();
  }
}

/**
 * Polls `check` until it returns something truthy.
 *
 * @template T
 * @param {() => T | Promise<T>} check
 * @param {{ timeout?: number, interval?: number, what?: string }} [options]
 * @returns {Promise<T>}
 */
export async function waitUntil(check, { timeout = 5_000, interval = 25, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const result = await check();
      if (result) return result;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    if (Date.now() >= deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await sleep(interval);
  }
}
