/**
 * The popup part of `npm run bench`: how soon the popup shows its first view, with no
 * history and with 50,000 entries, beside a blank page of the same extension (the floor:
 * an extension page that loads nothing) and a page that reads today's rows with IndexedDB
 * alone (the floor of any page that reads the database). Plain ESM with JSDoc types.
 */
/* global document, window, MutationObserver, requestAnimationFrame, indexedDB, IDBKeyRange -- used only in functions that run in the browser (init scripts, evaluate) */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { POPUP_PATH, dist } from './chromium.mjs';

/** The blank page added to the bench's copy of the build: an extension page that loads nothing. */
export const BLANK_PATH = '/blank.html';

/**
 * The page beside it that opens the extension's database and reads today's part of it
 * (the rows the popup's first view reads, by the same indexes) with IndexedDB alone: how
 * much a longer history costs the database itself, with no code of the extension's.
 */
export const TODAY_READ_PATH = '/today-read.html';

/** Runs in that page: the day's sent notes and hellos and the rituals, then marks the moment. */
function readTodayRaw() {
  const since = Date.now() - 86_400_000;
  const request = indexedDB.open('small-hellos');
  request.onsuccess = () => {
    const read = request.result.transaction(['nudges', 'hellos', 'rituals', 'settings', 'people'], 'readonly');
    read.objectStore('nudges').index('sentAt').getAll(IDBKeyRange.lowerBound(since));
    read.objectStore('hellos').index('at').getAll(IDBKeyRange.lowerBound(since));
    for (const store of ['rituals', 'settings', 'people']) read.objectStore(store).getAll();
    read.oncomplete = () => requestAnimationFrame(() => document.body.setAttribute('data-read', String(performance.now())));
  };
}

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

/**
 * A copy of the build with `blank.html` beside its pages, in a temporary folder (dist/
 * itself stays what the build made). `remove` deletes the copy.
 */
export async function buildWithBlankPage() {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'small-hellos-bench-'));
  await cp(dist, folder, { recursive: true });
  await writeFile(
    path.join(folder, BLANK_PATH),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8" /><title>Blank</title></head><body></body></html>\n',
  );
  await writeFile(
    path.join(folder, TODAY_READ_PATH),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8" /><title>Today</title><script src="today-read.js"></script></head><body></body></html>\n',
  );
  await writeFile(path.join(folder, 'today-read.js'), `(${readTodayRaw.toString()})();\n`);
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/**
 * A page to measure: where it is, in which browser, and the init script that reports its
 * moments (it sets `window.benchMoments` to a promise of named times, in the page's own
 * clock from navigation). The moments are taken by observers set before the page's own
 * scripts, and the next animation frame after, so that nothing of the harness runs in the
 * page while it loads (polling from outside injected Playwright's scripts and slowed it).
 *
 * @typedef {{ context: BrowserContext, address: string, moments: () => void }} Measured
 */

/**
 * Opens each of `pages` once a round, in turn, for `runs + 1` rounds (the first warms the
 * browsers' caches and is left out), so that a machine that drifts during the run drifts
 * for every page alike. Returns, for each page, the median of each moment it reports.
 *
 * @template {string} Name
 * @param {Record<Name, Measured>} pages
 * @param {number} runs
 * @param {(values: number[]) => number} median
 * @returns {Promise<Record<Name, Record<string, number>>>}
 */
export async function inTurns(pages, runs, median) {
  /** @type {Record<string, Record<string, number>[]>} */
  const seen = {};
  for (let run = 0; run < runs + 1; run++) {
    for (const [name, { context, address, moments }] of /** @type {[string, Measured][]} */ (Object.entries(pages))) {
      const page = await context.newPage();
      await page.addInitScript(moments);
      await page.goto(address, { waitUntil: 'commit' });
      const reported = await page.evaluate(
        () => /** @type {{ benchMoments?: Promise<Record<string, number>> }} */ (/** @type {unknown} */ (window)).benchMoments,
      );
      if (run > 0 && reported) (seen[name] ??= []).push(reported);
      await page.close();
    }
  }
  const medians = (/** @type {Record<string, number>[]} */ all) =>
    Object.fromEntries(Object.keys(all[0] ?? {}).map((moment) => [moment, median(all.map((moments) => moments[moment] ?? NaN))]));
  return /** @type {Record<Name, Record<string, number>>} */ (Object.fromEntries(Object.keys(pages).map((name) => [name, medians(seen[name] ?? [])])));
}

/**
 * The blank page: its first frame after the document is read (`shown`).
 *
 * @param {{ context: BrowserContext, extensionId: string }} browser
 * @returns {Measured}
 */
export function blankPage({ context, extensionId }) {
  return {
    context,
    address: `chrome-extension://${extensionId}${BLANK_PATH}`,
    moments: () => {
      const page = /** @type {{ benchMoments?: Promise<Record<string, number>> }} */ (/** @type {unknown} */ (window));
      page.benchMoments = new Promise((resolve) => {
        document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => resolve({ shown: performance.now() })));
      });
    },
  };
}

/**
 * The page that reads today's part of the database with IndexedDB alone (see
 * TODAY_READ_PATH): the frame after the read (`read`).
 *
 * @param {{ context: BrowserContext, extensionId: string }} browser
 * @returns {Measured}
 */
export function todayReadPage({ context, extensionId }) {
  return {
    context,
    address: `chrome-extension://${extensionId}${TODAY_READ_PATH}`,
    moments: () => {
      const page = /** @type {{ benchMoments?: Promise<Record<string, number>> }} */ (/** @type {unknown} */ (window));
      page.benchMoments = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const read = document.body?.getAttribute('data-read');
          if (read) resolve({ read: Number(read) });
        });
        observer.observe(document, { subtree: true, attributes: true });
      });
    },
  };
}

/**
 * The popup: its first view (done loading: today's hello, quiet times, logging a hello) and
 * its history (the first entry drawn, or, with no history, the line saying so), each the
 * next frame after it is in the page (`firstView`, `history`).
 *
 * @param {{ context: BrowserContext, extensionId: string }} browser
 * @returns {Measured}
 */
export function popupPage({ context, extensionId }) {
  return {
    context,
    address: `chrome-extension://${extensionId}${POPUP_PATH}`,
    moments: () => {
      const page = /** @type {{ benchMoments?: Promise<Record<string, number>> }} */ (/** @type {unknown} */ (window));
      page.benchMoments = new Promise((resolve) => {
        /** @type {Record<string, number>} */
        const moments = {};
        const frameAfter = (/** @type {string} */ name) => {
          moments[name] = -1;
          requestAnimationFrame(() => {
            moments[name] = performance.now();
            if (moments.firstView > 0 && moments.history > 0) resolve(moments);
          });
        };
        const observer = new MutationObserver(() => {
          const main = document.querySelector('main');
          if (moments.firstView === undefined && main && !main.hasAttribute('aria-busy')) frameAfter('firstView');
          if (moments.history === undefined && document.querySelector('.history__item, .history-empty')) frameAfter('history');
          if (moments.firstView !== undefined && moments.history !== undefined) observer.disconnect();
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true });
      });
    },
  };
}
