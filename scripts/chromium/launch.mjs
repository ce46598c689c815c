/** Starts Debian's Chromium with the built extension loaded, in a profile of its own. */
/* global self -- used only in functions that run in the browser (evaluate) */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../ensure-chromium.mjs';
import { WELCOME_PATH, dist } from './paths.mjs';
import { waitUntil } from './wait.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Worker} Worker */

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

/**
 * Starts Chromium with the extension from dist/ in a fresh profile (a temporary directory
 * unless `userDataDir` is given) and waits until its service worker is active. With
 * `locale` ("de") the browser speaks that language, as when a person's system does. With
 * `timezone` ("Etc/GMT-3") its local clock is that zone's, in every context of the
 * extension (Chromium reads TZ): tests that depend on the hour choose it.
 *
 * A fresh profile installs the extension, which opens its welcome in a tab: it is waited
 * for and closed (so that no story's tabs race with it), unless `keepWelcome` asks for it.
 * `extension` loads a copy of the build from elsewhere (the bench adds a blank page to one).
 *
 * @param {{ headless?: boolean, userDataDir?: string, locale?: string, timezone?: string, keepWelcome?: boolean, extension?: string }} [options]
 * @returns {Promise<Launched>}
 */
export async function launchWithExtension({ headless = true, userDataDir, locale, timezone, keepWelcome = false, extension = dist } = {}) {
  if (!existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(`There is no build in ${extension}: run \`npx vite build\` first.`);
  }
  const profile = userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'small-hellos-profile-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    // `--headless=new` below instead of Playwright's headless mode, which cannot load extensions.
    headless: false,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
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
    const welcome = userDataDir ? undefined : await waitForWelcome(context, extensionId, extension);
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
 * @param {string} extension
 * @returns {Promise<Page | undefined>}
 */
async function waitForWelcome(context, extensionId, extension) {
  const address = `chrome-extension://${extensionId}${WELCOME_PATH}`;
  if (!existsSync(path.join(extension, WELCOME_PATH))) return undefined;
  const welcome = await waitUntil(() => context.pages().find((page) => page.url() === address), { timeout: 10_000, what: 'the welcome tab' });
  // Closed half-loaded, the page can leave the extension's next pages without their words
  // (Chromium then answers every i18n lookup with ""): let it finish first.
  await welcome.waitForLoadState('load');
  await welcome.locator('h1').first().waitFor({ timeout: 10_000 });
  return welcome;
}
