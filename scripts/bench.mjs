#!/usr/bin/env node
/**
 * `npm run bench` (after `vite build`): what the extension costs, measured in one run on
 * this machine, printed as figures and ratios. Nothing here passes or fails; the budgets
 * beside the figures are the project's targets.
 *
 * - bytes: what each context loads (the content script is all a host page receives);
 * - the time from navigation to a visible card, with the service worker running and stopped;
 * - the host page: load time and main-thread work on a catalogue page where no card is due,
 *   with the extension and without it.
 * - the popup's first view with no history and with 50,000 entries, beside a blank page of
 *   the same extension (the floor), and its history after it;
 * - with 50,000 history entries: export and import, each beside the same rows read or
 *   written with IndexedDB alone (the floor on this machine).
 * - sync of 150 people with five details each: bytes and items in the browser's sync
 *   storage, and the time to derive the key, turn sync on, and join on a second computer.
 * - learning (pure code, in Node): its state built once from 50,000 history entries, and
 *   one decision on a routine moment with that state read from storage.
 * - the last passing `npm test`'s time, stage by stage, beside its target.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import {
  ALL_DAY,
  BROWSER_ARGS,
  ROOT,
  dist,
  launchWithExtension,
  moveNudgesBack,
  serveFixtures,
  setSettings,
  stopExtensionWorker,
  waitForCard,
} from './chromium.mjs';
import { chromiumPath } from './ensure-chromium.mjs';
import { benchData, HISTORY_ENTRIES, HISTORY_YEARS } from './bench-data.mjs';
import { benchSync, SYNC_PEOPLE } from './bench-sync.mjs';
import { tsImport } from 'tsx/esm/api';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const GMAIL = 'https://mail.google.com/mail/u/0/';
const DAY_MINUTES = 24 * 60;

const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fmt = (/** @type {number} */ n, digits = 0) => n.toFixed(digits);

/** @typedef {{ raw: number, gzip: number, files: number }} Bytes */

/**
 * Raw and gzip bytes of the files a page of the build loads at first (its scripts, styles
 * and their static imports), and of those it may import later (`import()`, e.g. the
 * contacts parsers, loaded only when a file is chosen), which its first load does not wait for.
 *
 * @returns {Bytes & { later: Bytes }}
 */
function pageBytes(/** @type {string} */ htmlPath) {
  const first = new Set();
  const later = new Set();
  const resolve = (/** @type {string} */ file, /** @type {string} */ ref) =>
    ref.startsWith('/') ? path.join(dist, ref) : path.resolve(path.dirname(file), ref);
  const visit = (/** @type {string} */ file, /** @type {Set<string>} */ into) => {
    if (first.has(file) || into.has(file)) return;
    into.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"|(?:from|import)\s*["'`]([^"'`]+\.js)["'`]/g)) {
      visit(resolve(file, match[1] ?? match[2] ?? ''), into);
    }
    for (const match of text.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) dynamic.push(resolve(file, match[1] ?? ''));
  };
  /** @type {string[]} */
  const dynamic = [];
  visit(htmlPath, first);
  while (dynamic.length > 0) visit(/** @type {string} */ (dynamic.shift()), later);
  return { ...sizeOf(first), later: sizeOf(later) };
}

/** @returns {Bytes} */
function sizeOf(/** @type {Set<string>} */ files) {
  let raw = 0;
  let gzip = 0;
  let count = 0;
  for (const file of files) {
    if (file.endsWith('.html')) continue;
    const content = readFileSync(file);
    raw += content.length;
    gzip += gzipSync(content).length;
    count++;
  }
  return { raw, gzip, files: count };
}

function bytes() {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const contentFile = path.join(dist, manifest.content_scripts[0].js[0]);
  const content = readFileSync(contentFile);
  const total = readdirSync(path.join(dist, 'assets')).reduce((sum, f) => sum + statSync(path.join(dist, 'assets', f)).size, 0);
  return {
    content: { raw: content.length, gzip: gzipSync(content).length },
    card: pageBytes(path.join(dist, 'src/ui/nudge/index.html')),
    popup: pageBytes(path.join(dist, 'src/ui/popup/index.html')),
    options: pageBytes(path.join(dist, 'src/ui/options/index.html')),
    assets: total,
  };
}

/** Navigation start to a card a person can see, `RUNS` times; each run starts a new day's card. */
async function timeToCard(/** @type {{ cold: boolean }} */ { cold }) {
  const { context, extensionId, close } = await launchWithExtension({ headless: true });
  try {
    await serveFixtures(context);
    await setSettings(context, extensionId, ALL_DAY);
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      // Yesterday's card does not count against today's, so each run gets a card of its own.
      await moveNudgesBack(context, extensionId, DAY_MINUTES + 1);
      const page = await context.newPage();
      if (cold) await stopExtensionWorker(context, extensionId, page);
      const started = performance.now();
      await page.goto(GMAIL);
      await waitForCard(page, { timeout: 10_000, reading: false });
      times.push(performance.now() - started);
      await page.close();
    }
    return times;
  } finally {
    await close();
  }
}

/** Load time and main-thread work of the Gmail fixture where no card is due. */
async function hostPageCost(/** @type {{ withExtension: boolean }} */ { withExtension }) {
  const launched = withExtension ? await launchWithExtension({ headless: true }) : await launchPlain();
  const { context, close } = launched;
  try {
    await serveFixtures(context);
    // Low energy today: the content script asks once and nothing more happens.
    if (withExtension && 'extensionId' in launched)
      await setSettings(context, launched.extensionId, { ...ALL_DAY, mutedUntil: Date.now() + DAY_MINUTES * 60_000 });
    const load = [];
    const script = [];
    for (let run = 0; run < RUNS + 1; run++) {
      const page = await context.newPage();
      const devtools = await context.newCDPSession(page);
      await devtools.send('Performance.enable');
      await page.goto(GMAIL, { waitUntil: 'load' });
      // The content script runs at document_idle, after load: give it time to finish.
      await page.waitForTimeout(300);
      const { metrics } = await devtools.send('Performance.getMetrics');
      const metric = (/** @type {string} */ name) => metrics.find((m) => m.name === name)?.value ?? 0;
      const navigation = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.toJSON());
      // The first run warms the browser's caches; it is left out.
      if (run > 0) {
        load.push(navigation.loadEventEnd);
        script.push(metric('ScriptDuration') * 1000);
      }
      await page.close();
    }
    return { load, script };
  } finally {
    await close();
  }
}

async function launchPlain() {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: false,
    viewport: { width: 1280, height: 800 },
    // The same flags as launchWithExtension, less the extension.
    args: ['--headless=new', ...BROWSER_ARGS],
  });
  return { context, close: () => context.close() };
}

const size = bytes();
console.log('Small Hellos benchmark (one run on this machine; medians of %d)\n', RUNS);
console.log('Bytes');
console.log(
  `  content script (all a host page receives)  ${size.content.raw} B, ${size.content.gzip} B gzip   budget 3072 B gzip   ${fmt((size.content.gzip / 3072) * 100)}% of budget`,
);
console.log(`  card page in its frame                     ${size.card.raw} B, ${size.card.gzip} B gzip in ${size.card.files} files`);
console.log(`  popup, first load                          ${size.popup.raw} B, ${size.popup.gzip} B gzip in ${size.popup.files} files`);
console.log(
  `    imported after its first view            ${size.popup.later.raw} B, ${size.popup.later.gzip} B gzip in ${size.popup.later.files} files (the idea's flow, small wins, the history)`,
);
console.log(`  options page, first load                   ${size.options.raw} B, ${size.options.gzip} B gzip in ${size.options.files} files`);
console.log(
  `    imported when needed                     ${size.options.later.raw} B, ${size.options.later.gzip} B gzip in ${size.options.later.files} files (the contacts parsers, once a file is chosen)`,
);
console.log(`  card / popup (gzip)                        ${fmt(size.card.gzip / size.popup.gzip, 2)}`);

const warm = await timeToCard({ cold: false });
const cold = await timeToCard({ cold: true });
console.log('\nNavigation to a visible card');
console.log(`  service worker running   median ${fmt(median(warm))} ms   (min ${fmt(Math.min(...warm))}, max ${fmt(Math.max(...warm))})   budget 1000 ms`);
console.log(`  service worker stopped   median ${fmt(median(cold))} ms   (min ${fmt(Math.min(...cold))}, max ${fmt(Math.max(...cold))})`);
console.log(`  stopped / running        ${fmt(median(cold) / median(warm), 2)}`);

const bare = await hostPageCost({ withExtension: false });
const withExtension = await hostPageCost({ withExtension: true });
console.log('\nThe host page where no card is due (Gmail fixture)');
console.log(
  `  load event     without ${fmt(median(bare.load), 1)} ms   with ${fmt(median(withExtension.load), 1)} ms   ratio ${fmt(median(withExtension.load) / median(bare.load), 2)}`,
);
console.log(
  `  script time    without ${fmt(median(bare.script), 1)} ms   with ${fmt(median(withExtension.script), 1)} ms   (+${fmt(median(withExtension.script) - median(bare.script), 1)} ms)`,
);

const data = await benchData(median, RUNS);
console.log(
  `\nYour data, with ${HISTORY_ENTRIES.toLocaleString('en')} history entries over ${HISTORY_YEARS} years (a ${fmt(data.bytes / 1024 / 1024, 1)} MB export)`,
);
console.log(
  `  popup's first view   with none ${fmt(data.empty.firstView)} ms   with ${HISTORY_ENTRIES.toLocaleString('en')} ${fmt(data.popup.firstView)} ms   a blank extension page ${fmt(data.blank)} ms`,
);
console.log(`    popup with ${HISTORY_ENTRIES.toLocaleString('en')} / with none   ${fmt(data.popup.firstView / data.empty.firstView, 2)}   target 1.1`);
console.log(`    popup with none / blank extension page   ${fmt(data.empty.firstView / data.blank, 2)}   target 1.5`);
console.log(
  `  today's rows read with IndexedDB alone, in a page of the extension   with none ${fmt(data.emptyRaw)} ms   with ${HISTORY_ENTRIES.toLocaleString('en')} ${fmt(data.popupRaw)} ms   ratio ${fmt(data.popupRaw / data.emptyRaw, 2)} (the database's own share of the growth)`,
);
console.log(
  `  popup's history shown (after the first view)   with none ${fmt(data.empty.history)} ms   with ${HISTORY_ENTRIES.toLocaleString('en')} ${fmt(data.popup.history)} ms   budget 100 ms`,
);
console.log(`  export everything, to the download starting   median ${fmt(data.export)} ms   budget 2000 ms`);
console.log(`    in the page, to the file made                median ${fmt(data.exportInPage)} ms`);
console.log(
  `    the same ${data.rows.toLocaleString('en')} rows read with IndexedDB alone   median ${fmt(data.rawRead)} ms   export / that  ${fmt(data.export / data.rawRead, 2)} (in the page ${fmt(data.exportInPage / data.rawRead, 2)})   target 1.5`,
);
console.log(
  `    read, and made JSON in a file, with IndexedDB alone   median ${fmt(data.rawFile)} ms   export / that  ${fmt(data.export / data.rawFile, 2)} (in the page ${fmt(data.exportInPage / data.rawFile, 2)})`,
);
console.log(`  import (read, check, replace)  median ${fmt(data.import)} ms   budget 5000 ms`);
console.log(`    reading and checking the file         median ${fmt(data.importRead)} ms`);
console.log(`    writing it                            median ${fmt(data.importWrite)} ms`);
console.log(
  `    the same rows written with IndexedDB alone   median ${fmt(data.rawWrite)} ms   writing / that  ${fmt(data.importWrite / data.rawWrite, 2)}   target 1.0   import / that  ${fmt(data.import / data.rawWrite, 2)}`,
);

const sync = await benchSync(median, RUNS);
console.log(`\nSync of ${SYNC_PEOPLE} people with five details each (one run; the key's derivation a median of up to 5)`);
console.log(
  `  bytes in the browser's sync storage   ${sync.bytes} B of 102400   ${fmt((sync.bytes / 102_400) * 100)}% of the quota, ${fmt(sync.bytes / SYNC_PEOPLE)} B a person`,
);
console.log(`  items written   ${sync.items} (the header and ${sync.items - 1} of people), in 2 writes; the largest ${sync.largest} B of 8192`);
console.log(`  key from the passphrase (PBKDF2-SHA-256, 600,000 iterations)   median ${fmt(sync.derive)} ms`);
console.log(
  `  turn sync on (the key, then stamp, lay out, compress, encrypt, write)   ${fmt(sync.turnOn)} ms   without the key about ${fmt(sync.turnOn - sync.derive)} ms`,
);
console.log(
  `  second computer joins (the key, then read, decrypt, merge, write ${SYNC_PEOPLE} people here)   ${fmt(sync.join)} ms   without the key about ${fmt(sync.join - sync.derive)} ms`,
);

/** @type {{ benchLearning: (entries: number, years: number) => { entries: number, learnFromHistory: number, stateBytes: number, decision: number, check: number } }} */
const { benchLearning } = await tsImport('./bench-learning.ts', import.meta.url);
const learning = benchLearning(HISTORY_ENTRIES, HISTORY_YEARS);
console.log(`\nLearning when cards are welcome, from ${learning.entries.toLocaleString('en')} history entries`);
console.log(`  state built once from the history   ${fmt(learning.learnFromHistory)} ms   (${learning.stateBytes} B of JSON, whatever the history's length)`);
console.log(`  one decision, reading the state     median ${fmt(learning.decision * 1000)} µs   budget 1000 µs`);
console.log(`  checking a state read from a file   median ${fmt(learning.check * 1000)} µs`);

// The test run is not timed again here (it takes minutes): `npm test` keeps its last passing run's times.
const testRunRecord = path.join(ROOT, 'test-results', 'test-run.json');
console.log('\nThe last passing `npm test` on this machine (test-results/test-run.json)');
try {
  /** @type {{ at: string, cores: number, total: number, target: number, stages: { stage: string, seconds: number }[] }} */
  const testRun = JSON.parse(readFileSync(testRunRecord, 'utf8'));
  for (const { stage, seconds } of testRun.stages) console.log(`  ${stage.padEnd(34)} ${fmt(seconds, 1).padStart(7)} s`);
  console.log(
    `  the whole run                      ${fmt(testRun.total, 1).padStart(7)} s   target ${testRun.target} s   whole / target ${fmt(testRun.total / testRun.target, 2)}   (${testRun.at}, ${testRun.cores} cores)`,
  );
} catch {
  console.log('  none recorded yet: `npm test` writes it when it passes');
}
