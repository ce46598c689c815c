/**
 * Export and import of everything in `npm run bench`, each beside its floor: what IndexedDB
 * alone takes to read (for an export) or write (for an import) the very same rows on this
 * machine, measured in the same run, in turns, so that both meet the same load.
 * Plain ESM with JSDoc types, run by scripts/bench-data.mjs once the history is seeded.
 */
/* global indexedDB, window, addEventListener -- used only in functions that run in the browser (evaluate, init scripts) */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const OPTIONS_PATH = '/src/ui/options/index.html';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

/**
 * Reads every row of every table in one transaction with IndexedDB alone (getAll), and
 * returns how long that took, from outside the page like the export's figure; with
 * `asFile`, also turns the rows into JSON and a Blob, the least any export of them costs.
 *
 * @param {Page} page an extension page
 * @param {{ asFile?: boolean }} [options]
 */
async function rawRead(page, { asFile = false } = {}) {
  const started = performance.now();
  const rows = await page.evaluate(async (asFile) => {
    /** @type {IDBDatabase} */
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('small-hellos');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction([...db.objectStoreNames], 'readonly');
    const tables = await Promise.all(
      [...db.objectStoreNames].map(
        (name) =>
          new Promise((resolve, reject) => {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => resolve(/** @type {unknown[]} */ (request.result));
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    if (asFile) new Blob(tables.map((table) => JSON.stringify(table)));
    return tables.reduce((sum, table) => sum + /** @type {unknown[]} */ (table).length, 0);
  }, asFile);
  return { ms: performance.now() - started, rows };
}

/**
 * Writes every row back, as an import that replaces everything would: each table cleared
 * and its rows added, in one transaction with IndexedDB alone. Timed in the page from the
 * transaction's start to its completion; reading the rows first is not counted.
 *
 * @param {Page} page an extension page
 */
async function rawWrite(page) {
  return page.evaluate(async () => {
    /** @type {IDBDatabase} */
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('small-hellos');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames];
    const reading = db.transaction(names, 'readonly');
    const tables = await Promise.all(
      names.map(
        (name) =>
          new Promise((resolve, reject) => {
            const request = reading.objectStore(name).getAll();
            request.onsuccess = () => resolve(/** @type {unknown[]} */ (request.result));
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const writing = db.transaction(names, 'readwrite');
      names.forEach((name, index) => {
        const store = writing.objectStore(name);
        store.clear();
        for (const row of /** @type {unknown[]} */ (tables[index])) store.add(row);
      });
      writing.oncomplete = resolve;
      writing.onerror = () => reject(writing.error);
    });
    db.close();
    return performance.now() - started;
  });
}

/**
 * Notes in the page, by its own clock, when the export button is clicked and when the file
 * is handed to the browser (URL.createObjectURL), without changing what either does.
 *
 * @param {Page} page
 */
async function watchExportInPage(page) {
  await page.addInitScript(() => {
    const seen = /** @type {{ exportClicked?: number, fileMade?: number }} */ (/** @type {unknown} */ (window));
    addEventListener('click', () => (seen.exportClicked = performance.now()), { capture: true });
    const makeUrl = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      seen.fileMade = performance.now();
      return makeUrl(blob);
    };
  });
}

/**
 * Export everything as a person does: from the click to the download the browser starts,
 * and in the page, from the click to the file made.
 *
 * @param {Page} options the settings page on its data section
 * @param {string} file where the download is saved
 */
async function timedExport(options, file) {
  const started = performance.now();
  const [download] = await Promise.all([
    options.waitForEvent('download', { timeout: 60_000 }),
    options.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  const ms = performance.now() - started;
  const inPage = await options.evaluate(() => {
    const seen = /** @type {{ exportClicked?: number, fileMade?: number }} */ (/** @type {unknown} */ (window));
    return (seen.fileMade ?? NaN) - (seen.exportClicked ?? NaN);
  });
  await download.saveAs(file);
  return { ms, inPage };
}

/**
 * Import a file as a person does, replacing everything: from choosing it to what it holds
 * shown (reading and checking), and from Replace to the words that say it is done (writing).
 *
 * @param {Page} options the settings page on its data section
 * @param {string} file
 */
async function timedImport(options, file) {
  const started = performance.now();
  await options.getByLabel('Choose a file to import').setInputFiles(file);
  const refused = options.getByRole('alert');
  const replace = options.getByRole('button', { name: 'Replace everything here' });
  await replace.or(refused).waitFor({ timeout: 60_000 });
  // A file refused is a broken build, not a figure: say why instead.
  if (await refused.isVisible()) throw new Error(`the export was refused on import: ${await refused.innerText()}`);
  const read = performance.now() - started;
  await replace.click();
  await options.getByText(/^Imported: /).waitFor({ timeout: 60_000 });
  return { read, write: performance.now() - started - read };
}

/**
 * Export and import of what is stored now, `runs` times each (at most three), each beside
 * its floor. Medians in milliseconds, and the size of the file.
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {number} runs
 * @param {(values: number[]) => number} median
 */
export async function benchBackup(context, extensionId, runs, median) {
  const downloads = await mkdtemp(path.join(os.tmpdir(), 'small-hellos-bench-'));
  const options = await context.newPage();
  await watchExportInPage(options);
  try {
    await options.goto(`chrome-extension://${extensionId}${OPTIONS_PATH}#data`);
    // The page may still be settling on its section (a first visit can show a welcome first).
    await options.getByRole('button', { name: 'Export everything' }).waitFor({ timeout: 60_000 });
    const count = Math.min(runs, 3);
    const file = path.join(downloads, 'everything.json');
    const reads = [];
    const files = [];
    /** @type {{ ms: number, inPage: number }[]} */
    const exports = [];
    let rows = 0;
    for (let run = 0; run < count; run++) {
      const read = await rawRead(options);
      reads.push(read.ms);
      rows = read.rows;
      files.push((await rawRead(options, { asFile: true })).ms);
      exports.push(await timedExport(options, file));
    }
    const bytes = (await stat(file)).size;

    const writes = [];
    const imports = [];
    for (let run = 0; run < count; run++) {
      writes.push(await rawWrite(options));
      await options.reload();
      imports.push(await timedImport(options, file));
    }
    return {
      rows,
      bytes,
      export: median(exports.map((run) => run.ms)),
      exportInPage: median(exports.map((run) => run.inPage)),
      rawRead: median(reads),
      rawFile: median(files),
      importRead: median(imports.map((run) => run.read)),
      importWrite: median(imports.map((run) => run.write)),
      import: median(imports.map((run) => run.read + run.write)),
      rawWrite: median(writes),
    };
  } finally {
    await options.close();
    await rm(downloads, { recursive: true, force: true });
  }
}
