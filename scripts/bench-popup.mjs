/**
 * The popup part of `npm run bench`: how soon the popup shows its first view, with no
 * history and with 50,000 entries, beside a blank page of the same extension in the same
 * browser (the floor: an extension page that loads nothing). Plain ESM with JSDoc types.
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
/** @typedef {{ firstView: number, history: number }} PopupTimes */

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
 * Opens `address` `runs + 1` times (the first warms the browser's caches and is left out)
 * and returns the moments `moments` reports from inside the page, in the page's own clock
 * (from navigation). They are taken by observers set before the page's own scripts, and the
 * next animation frame after, so that nothing of the harness runs in the page while it
 * loads (polling from outside injected Playwright's scripts into the page and slowed it).
 *
 * @param {BrowserContext} context
 * @param {string} address
 * @param {number} runs
 * @param {() => void} moments an init script that sets `window.benchMoments` to a promise of named times
 * @returns {Promise<Record<string, number>[]>}
 */
async function openings(context, address, runs, moments) {
  const all = [];
  for (let run = 0; run < runs + 1; run++) {
    const page = await context.newPage();
    await page.addInitScript(moments);
    await page.goto(address, { waitUntil: 'commit' });
    const seen = await page.evaluate(() => /** @type {{ benchMoments?: Promise<Record<string, number>> }} */ (/** @type {unknown} */ (window)).benchMoments);
    if (run > 0 && seen) all.push(seen);
    await page.close();
  }
  return all;
}

/**
 * The blank page's time from navigation to its first frame after the document is read.
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {number} runs
 * @param {(values: number[]) => number} median
 */
export async function blankReady(context, extensionId, runs, median) {
  const seen = await openings(context, `chrome-extension://${extensionId}${BLANK_PATH}`, runs, () => {
    const page = /** @type {{ benchMoments?: Promise<Record<string, number>> }} */ (/** @type {unknown} */ (window));
    page.benchMoments = new Promise((resolve) => {
      document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => resolve({ shown: performance.now() })));
    });
  });
  return median(seen.map((moments) => moments.shown ?? NaN));
}

/**
 * The time from navigation to the frame after today's part of the database was read with
 * IndexedDB alone (see TODAY_READ_PATH).
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {number} runs
 * @param {(values: number[]) => number} median
 */
export async function todayReadRaw(context, extensionId, runs, median) {
  const seen = await openings(context, `chrome-extension://${extensionId}${TODAY_READ_PATH}`, runs, () => {
    const page = /** @type {{ benchMoments?: Promise<Record<string, number>> }} */ (/** @type {unknown} */ (window));
    page.benchMoments = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const read = document.body?.getAttribute('data-read');
        if (read) resolve({ read: Number(read) });
      });
      observer.observe(document, { subtree: true, attributes: true });
    });
  });
  return median(seen.map((moments) => moments.read ?? NaN));
}

/**
 * The popup's time from navigation to its first view (done loading: today's hello, quiet
 * times, logging a hello) and to its history (the first entry drawn, or, with no history,
 * the line saying so), each the next frame after it is in the page.
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {number} runs
 * @param {(values: number[]) => number} median
 * @returns {Promise<PopupTimes>}
 */
export async function popupReady(context, extensionId, runs, median) {
  const seen = await openings(context, `chrome-extension://${extensionId}${POPUP_PATH}`, runs, () => {
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
  });
  return {
    firstView: median(seen.map((moments) => moments.firstView ?? NaN)),
    history: median(seen.map((moments) => moments.history ?? NaN)),
  };
}
