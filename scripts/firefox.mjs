/**
 * Drives Debian's Firefox ESR with the Firefox build (dist-firefox/) installed as a
 * temporary add-on, through puppeteer-core over WebDriver BiDi (no downloaded browser, no
 * geckodriver). Plain ESM with JSDoc types, like scripts/chromium.mjs, whose constants it
 * shares.
 *
 * Firefox's remote agent has a few gaps this module works around, each where it is used:
 * it never reports the load of a moz-extension:// page, it lists an extension frame's URL
 * as about:blank, and (in Firefox 140) it cannot tell Puppeteer where a frame sits in its
 * page, so clicks in the card are aimed by hand.
 */
/* global document, location, indexedDB -- used only in functions that run in the browser (evaluate) */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { ALL_DAY, CARD_PATH, FIXTURES, POPUP_PATH, ROOT, waitUntil } from './chromium.mjs';
import { firefoxPath } from './ensure-firefox.mjs';

export { ALL_DAY, CARD_PATH, POPUP_PATH, waitUntil };

/** @typedef {import('puppeteer-core').Browser} Browser */
/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('puppeteer-core').Frame} Frame */

/** The Firefox build: dist-firefox/, or another folder named by SMALL_HELLOS_FIREFOX_DIST. */
export const distFirefox = path.resolve(ROOT, process.env.SMALL_HELLOS_FIREFOX_DIST || 'dist-firefox');

/**
 * The add-on's moz-extension:// host. Firefox picks a random one per profile; the
 * `extensions.webextensions.uuids` pref fixes it, so tests know the add-on's pages up front.
 */
export const EXTENSION_UUID = '5e11a2b0-4e11-4c5a-9d0e-000000000001';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Where the person's data lives (src/db/database.ts). */
const DATABASE = { name: 'small-hellos', settings: 'settings' };

/** @param {string} file */
function readManifest(file) {
  return /** @type {{ browser_specific_settings?: { gecko?: { id?: string } }, content_scripts?: { matches?: string[] }[] }} */ (
    JSON.parse(readFileSync(file, 'utf8'))
  );
}

/**
 * @typedef {object} LaunchedFirefox
 * @property {Browser} browser
 * @property {string} addonId The gecko id the add-on was installed under.
 * @property {() => Promise<void>} close Closes Firefox; Puppeteer removes its temporary profile.
 */

/**
 * Starts Firefox in a fresh temporary profile and installs the Firefox build as a
 * temporary add-on, waiting until it is installed.
 *
 * @param {{ headless?: boolean }} [options]
 * @returns {Promise<LaunchedFirefox>}
 */
export async function launchFirefoxWithExtension({ headless = true } = {}) {
  const manifestPath = path.join(distFirefox, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`There is no Firefox build in ${distFirefox}: run \`npm run build:firefox\` first.`);
  }
  const addonId = readManifest(manifestPath).browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless,
    // Firefox ESR 153.8 refuses a remote navigation to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }) },
  });
  try {
    // Installing after launch waits for the add-on; the `enableExtensions` launch option does not.
    await browser.installExtension(distFirefox);
    return { browser, addonId, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * @typedef {object} NetworkLog
 * @property {string[]} served Fixture documents served, by URL, in order.
 * @property {string[]} blocked Every other http(s) request from the page, aborted.
 */

/**
 * Serves each catalogue site's fixture at its real https URL in `page` and aborts every
 * other http(s) request it makes, writing both down. Extension frames load as usual.
 *
 * @param {Page} page
 * @param {{ fixtures?: Record<string, string> }} [options] the page for a host, e.g.
 *   `{ 'mail.google.com': 'gmail.html' }`; other catalogue hosts get generic.html.
 * @returns {Promise<NetworkLog>}
 */
export async function serveFixtures(page, { fixtures = { 'mail.google.com': 'gmail.html' } } = {}) {
  /** @type {NetworkLog} */
  const log = { served: [], blocked: [] };
  const patterns = (readManifest(path.join(distFirefox, 'manifest.json')).content_scripts ?? []).flatMap(
    (script) => script.matches ?? [],
  );
  const hosts = new Set(patterns.map((pattern) => new URL(pattern.replace('*', 'x')).hostname));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      void request.continue();
      return;
    }
    // Over BiDi a request has no resource type; a navigation is the document itself.
    if (hosts.has(url.hostname) && request.isNavigationRequest()) {
      const file = fixtures[url.hostname] ?? 'generic.html';
      log.served.push(request.url());
      void readFile(path.join(FIXTURES, file), 'utf8').then((body) =>
        request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
      return;
    }
    log.blocked.push(request.url());
    void request.abort('blockedbyclient');
  });
  return log;
}

/**
 * Opens one of the add-on's own pages (e.g. POPUP_PATH) in a new tab and waits until it has
 * loaded. Firefox's remote agent never reports that load, so `goto` would wait for ever:
 * the navigation is started, and the document itself is watched instead.
 *
 * @param {Browser} browser
 * @param {string} pagePath
 * @returns {Promise<Page>}
 */
export async function openExtensionPage(browser, pagePath) {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}${pagePath}`;
  const stopWaiting = new AbortController();
  page.goto(url, { signal: stopWaiting.signal }).catch(() => undefined);
  try {
    await waitUntil(
      () => page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url),
      { timeout: 10_000, what: `${url} to load` },
    );
    return page;
  } finally {
    stopWaiting.abort();
  }
}

/**
 * Test setup only: merges `changes` into the settings row with raw IndexedDB from one of
 * the add-on's pages (its own origin), as scripts/chromium.mjs `setSettings` does, e.g.
 * ALL_DAY for nudges at any hour.
 *
 * @param {Browser} browser
 * @param {Record<string, unknown>} changes
 */
export async function setSettings(browser, changes) {
  // The popup opens the database, so it exists by the time the settings are written.
  const page = await openExtensionPage(browser, POPUP_PATH);
  try {
    await page.evaluate(
      async (database, changes) => {
        /** @type {IDBDatabase | undefined} */
        let db;
        for (let attempt = 0; attempt < 50 && !db; attempt += 1) {
          /** @type {IDBDatabase | undefined} */
          const opened = await new Promise((resolve) => {
            const request = indexedDB.open(database.name);
            // No database yet: do not create one of our own, let the extension make it.
            request.onupgradeneeded = () => request.transaction?.abort();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => resolve(undefined);
          });
          if (opened?.objectStoreNames.contains(database.settings)) db = opened;
          else {
            opened?.close();
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
        if (!db) throw new Error(`The extension's database ${database.name} has no ${database.settings} store`);
        const settingsDb = db;
        await new Promise((resolve, reject) => {
          const transaction = settingsDb.transaction(database.settings, 'readwrite');
          const settings = transaction.objectStore(database.settings);
          const read = settings.get('settings');
          read.onsuccess = () => settings.put({ ...read.result, ...changes, key: 'settings' });
          transaction.oncomplete = resolve;
          transaction.onerror = () => reject(transaction.error);
          transaction.onabort = () => reject(transaction.error);
        });
        settingsDb.close();
      },
      DATABASE,
      changes,
    );
  } finally {
    await page.close();
  }
}

/**
 * The card's frame in `page`, if one is showing. Puppeteer reports an extension frame's URL
 * as about:blank in Firefox, so each frame is asked for its own address.
 *
 * @param {Page} page
 * @returns {Promise<Frame | undefined>}
 */
export async function cardFrame(page) {
  for (const frame of page.mainFrame().childFrames()) {
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(`${EXTENSION_ORIGIN}${CARD_PATH}`)) return frame;
  }
  return undefined;
}

/**
 * The card's outer box in the page: the host element the content script added to the
 * document (a random custom tag; the frame itself sits in its closed shadow root).
 *
 * @param {Page} page
 * @returns {Promise<{ x: number, y: number, width: number, height: number } | undefined>}
 */
export async function cardBox(page) {
  return page.evaluate(() => {
    const host = [...document.documentElement.children].find((element) => element.localName.includes('-'));
    if (!host) return undefined;
    const { x, y, width, height } = host.getBoundingClientRect();
    return { x, y, width, height };
  });
}

/**
 * Puppeteer's ARIA selector: the element with this role and accessible name.
 *
 * @param {string} role
 * @param {string} name
 */
export function byRole(role, name) {
  return `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
}

/**
 * Waits until a card is showing in `page` as a person would see it: its Write it button
 * there, its box on the page grown to fit it, and in view long enough for a click to count.
 * Returns the card's frame.
 *
 * @param {Page} page
 * @param {{ timeout?: number }} [options]
 * @returns {Promise<Frame>}
 */
export async function waitForCard(page, { timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout;
  const remaining = () => Math.max(deadline - Date.now(), 1);
  const card = await waitUntil(() => cardFrame(page), { timeout, what: `a card in ${page.url()}` });
  // A note to write (Write it), or an idea away from the screen (I did it).
  // (Polled from here: waitForFunction would need eval, which the card's policy forbids.)
  await waitUntil(
    () => card.evaluate(() => [...document.querySelectorAll('button')].some((button) => ['Write it', 'I did it'].includes(button.textContent?.trim() ?? ''))),
    { timeout: remaining(), what: 'the card’s first button' },
  );
  await waitUntil(async () => ((await cardBox(page))?.height ?? 0) > 40, {
    timeout: remaining(),
    what: 'the card to take its height on the page',
  });
  // A click counts only once the card has been in plain view for a moment, as it would have
  // been for any person reading it; in Firefox the content script checks that from the
  // page's side every 200 ms, so this waits a little longer than in Chromium.
  await sleep(CARD_READING_MS);
  return card;
}

/** Longer than the card must have been in view (and checked) before a click on it counts. */
export const CARD_READING_MS = 1_000;

/**
 * Makes sure the card offers a note to write: an idea away from the screen has none, so
 * Another idea is asked, as a person wanting to write would.
 *
 * @param {Page} page
 * @param {Frame} card
 */
export async function ensureWrittenIdea(page, card) {
  const hasButton = (/** @type {string} */ name) =>
    card.evaluate((wanted) => [...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === wanted), name);
  const promptText = () => card.evaluate(() => document.querySelector('.card__prompt')?.textContent ?? '');
  for (let tries = 0; tries < 3 && !(await hasButton('Write it')); tries += 1) {
    const before = await promptText();
    await clickInCard(page, card, 'button', 'Another idea');
    await waitUntil(async () => (await promptText()) !== before, { what: 'another idea' });
  }
}

/**
 * Clicks the control with this role and name in the card, with the mouse at its place on
 * the page, as a person would. Puppeteer cannot locate a frame in Firefox 140
 * (`browsingContext.locateNodes` has no `context` locator there), so the point is the
 * control's place in the card plus the card's place in the page.
 *
 * @param {Page} page
 * @param {Frame} card
 * @param {string} role
 * @param {string} name
 */
export async function clickInCard(page, card, role, name) {
  const control = await card.waitForSelector(byRole(role, name), { visible: true });
  if (!control) throw new Error(`No ${role} named ${name} in the card`);
  const inCard = await control.evaluate((element) => {
    element.scrollIntoView({ block: 'nearest' });
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x: x + width / 2, y: y + height / 2 };
  });
  const box = await cardBox(page);
  if (!box) throw new Error('The card has left the page');
  await page.mouse.click(box.x + inCard.x, box.y + inCard.y);
}
