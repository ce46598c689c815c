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
/* global document, location -- used only in functions that run in the browser (evaluate) */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { ALL_DAY, CARD_PATH, FIXTURES, POPUP_PATH, ROOT, moveNudgesBackIn, waitUntil, writeSettingsIn } from './chromium.mjs';
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
 * @param {{ headless?: boolean, prefs?: Record<string, unknown>, viewport?: { width: number, height: number } }} [options]
 *   `prefs`: more Firefox prefs (scripts/firefox-phone.mjs makes a phone of it with some);
 *   `viewport`: the size of each page, 1280 × 800 unless said.
 * @returns {Promise<LaunchedFirefox>}
 */
export async function launchFirefoxWithExtension({ headless = true, prefs = {}, viewport = { width: 1280, height: 800 } } = {}) {
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
    defaultViewport: viewport,
    extraPrefsFirefox: { ...prefs, 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }) },
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
  const patterns = (readManifest(path.join(distFirefox, 'manifest.json')).content_scripts ?? []).flatMap((script) => script.matches ?? []);
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
      void readFile(path.join(FIXTURES, file), 'utf8').then((body) => request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }));
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
    await waitUntil(() => page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url), {
      timeout: 10_000,
      what: `${url} to load`,
    });
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
  await inAddonPage(browser, (page) => writeSettingsIn(page, changes));
}

/**
 * Test setup only: moves every stored nudge `minutes` into the past, as if that much time
 * had gone by (scripts/chromium.mjs `moveNudgesBack`).
 *
 * @param {Browser} browser
 * @param {number} minutes
 * @returns {Promise<number>} how many nudges were moved
 */
export async function moveNudgesBack(browser, minutes) {
  return inAddonPage(browser, (page) => moveNudgesBackIn(page, minutes));
}

/**
 * Runs `action` in the add-on's popup page, opened in a tab and closed afterwards. The popup
 * opens the database, so it exists by the time `action` reads or writes it.
 *
 * @template T
 * @param {Browser} browser
 * @param {(page: Page) => Promise<T>} action
 * @returns {Promise<T>}
 */
async function inAddonPage(browser, action) {
  const page = await openExtensionPage(browser, POPUP_PATH);
  try {
    return await action(page);
  } finally {
    await page.close();
  }
}

/**
 * Switches the add-on off or on in Firefox's add-ons manager (about:addons), with its own
 * toggle, as a person would. Needs the remote agent's system access (launch option above).
 *
 * @param {Browser} browser
 * @param {string} addonId
 * @param {boolean} on
 */
export async function switchAddon(browser, addonId, on) {
  const page = await browser.newPage();
  const stopWaiting = new AbortController();
  // Like the add-on's pages, about:addons never reports its load to the remote agent.
  page.goto('about:addons', { signal: stopWaiting.signal }).catch(() => undefined);
  try {
    await waitUntil(() => page.evaluate(() => location.href === 'about:addons' && document.readyState === 'complete').catch(() => false), {
      timeout: 10_000,
      what: 'about:addons to load',
    });
    // Firefox's own pages refuse Puppeteer's selector helpers, so plain DOM calls find the
    // controls. The list of extensions is asked for until it shows: on a busy machine a
    // click made before the page has wired its categories is lost.
    const toggle = `addon-card[addon-id="${addonId}"] moz-toggle[action="toggle-disabled"]`;
    await waitUntil(
      () =>
        page.evaluate((selector) => {
          if (document.querySelector(selector)) return true;
          // The category's button. Its markup differs between Firefox versions (the view it opens
          // does not): a plain element named by its view, or (from ESR 153) a navigation button
          // whose own button sits in its shadow root.
          const category = document.querySelector('[viewid="addons://list/extension"], moz-page-nav-button[view="extension"]');
          /** @type {HTMLElement | null | undefined} */ (category?.shadowRoot?.querySelector('button') ?? category)?.click();
          return false;
        }, toggle),
      { timeout: 20_000, interval: 500, what: 'the add-on in about:addons' },
    );
    const pressed = () =>
      page.evaluate((selector) => /** @type {HTMLElement & { pressed?: boolean }} */ (document.querySelector(selector))?.pressed === true, toggle);
    if ((await pressed()) !== on) await page.evaluate((selector) => /** @type {HTMLElement | null} */ (document.querySelector(selector))?.click(), toggle);
    await waitUntil(async () => (await pressed()) === on, { what: `the add-on switched ${on ? 'on' : 'off'}` });
  } finally {
    stopWaiting.abort();
    await page.close();
  }
}

/**
 * Reloads the add-on, as about:debugging's Reload does: Firefox stops it and starts it
 * again. Waits until its pages open again.
 *
 * @param {Browser} browser
 */
export async function reloadAddon(browser) {
  const page = await openExtensionPage(browser, POPUP_PATH);
  // The page goes with the add-on, so this call never answers.
  page.evaluate(() => /** @type {{ runtime: { reload(): void } }} */ (/** @type {unknown} */ (globalThis.browser)).runtime.reload()).catch(() => undefined);
  await waitUntil(async () => !(await page.evaluate(() => location.href).catch(() => '')).startsWith(EXTENSION_ORIGIN), {
    what: 'the add-on to stop',
  });
  await page.close().catch(() => undefined);
}

export * from './firefox/card.mjs';
