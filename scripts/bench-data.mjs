/**
 * The data part of `npm run bench`: with no history and with 50,000 entries, how soon the
 * popup shows its first view and its history, beside a blank page of the extension
 * (bench-popup.mjs), and how long export and import of everything take (bench-backup.mjs).
 * Plain ESM with JSDoc types, run by scripts/bench.mjs after the other figures.
 */
/* global indexedDB -- used only in functions that run in the browser (evaluate) */
import { benchBackup } from './bench-backup.mjs';
import { blankPage, buildWithBlankPage, inTurns, popupPage, todayReadPage } from './bench-popup.mjs';
import { ALL_DAY, POPUP_PATH, launchWithExtension, setSettings } from './chromium.mjs';

export const HISTORY_ENTRIES = Number(process.env.BENCH_HISTORY ?? 50_000);
/** Years of use the entries are spread over: 50,000 in ten years is about 14 a day, more than the cards and the popup together offer. */
export const HISTORY_YEARS = Number(process.env.BENCH_HISTORY_YEARS ?? 10);

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

/**
 * Test setup only: writes `count` believable history entries, spread evenly over `years`,
 * and 40 people straight into the extension's database, as years of use would leave them.
 *
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {number} count
 * @param {number} years
 */
export async function seedHistory(context, extensionId, count, years) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}${POPUP_PATH}`);
  await page.evaluate(
    async ({ count, years }) => {
      /** @type {IDBDatabase} */
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('small-hellos');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const now = Date.now();
      const statuses = ['sent', 'dismissed', 'sent', 'muted', 'snoozed', 'sent'];
      await new Promise((resolve, reject) => {
        const transaction = db.transaction(['people', 'nudges'], 'readwrite');
        const people = transaction.objectStore('people');
        for (let i = 1; i <= 40; i++) {
          people.add({
            id: i,
            name: `Friend ${i}`,
            callName: `Friend${i}`,
            email: `friend${i}@example.com`,
            handles: {},
            rhythm: 'monthly',
            preferredChannel: 'any',
            memories: [{ id: `m${i}`, text: 'the allotment', kind: 'interest' }],
            archived: false,
            createdAt: now - 900 * 86_400_000,
          });
        }
        const nudges = transaction.objectStore('nudges');
        for (let i = 0; i < count; i++) {
          const shownAt = now - Math.round(((count - i) / count) * years * 365 * 86_400_000);
          const day = new Date(shownAt).toISOString().slice(0, 10);
          const status = statuses[i % statuses.length];
          const personId = (i % 40) + 1;
          nudges.add({
            origin: i % 3 === 0 ? 'popup' : 'page',
            ...(i % 3 === 0 ? {} : { site: 'gmail' }),
            shownAt,
            day,
            suggestion: {
              templateId: 'cu_detail_how',
              prompt: `Ask Friend${personId} how “the allotment” is going?`,
              draft: `Hi Friend${personId},\nHow is the allotment going? I'd love to hear.`,
              personId,
              personName: `Friend ${personId}`,
              memoryId: `m${personId}`,
              why: `You wanted to write to Friend ${personId} every month.`,
              email: `friend${personId}@example.com`,
            },
            status,
            updatedAt: shownAt + 60_000,
            ...(status === 'sent'
              ? {
                  finalText: `Hi Friend${personId},\nHow is the allotment going? I saw the first courgettes at the market today and thought of you. No rush to reply.`,
                  sentAt: shownAt + 60_000,
                  channel: 'gmail',
                  feeling: 'lighter',
                  genuineNote: 'Remembering the allotment',
                }
              : {}),
          });
        }
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { count, years },
  );
  await page.close();
}

/**
 * @param {(values: number[]) => number} median
 * @param {number} runs
 */
export async function benchData(median, runs) {
  // The build with a blank page and a raw read beside its own pages. Two profiles, one with
  // no history and one with the whole history, measured in turns: the difference between
  // them is what history costs, on the same machine at the same moments.
  const build = await buildWithBlankPage();
  const empty = await launchWithExtension({ headless: true, extension: build.folder });
  const full = await launchWithExtension({ headless: true, extension: build.folder });
  try {
    await setSettings(empty.context, empty.extensionId, ALL_DAY);
    await setSettings(full.context, full.extensionId, ALL_DAY);
    await seedHistory(full.context, full.extensionId, HISTORY_ENTRIES, HISTORY_YEARS);
    const times = await inTurns(
      { blank: blankPage(empty), none: popupPage(empty), noneRead: todayReadPage(empty), all: popupPage(full), allRead: todayReadPage(full) },
      runs,
      median,
    );
    return {
      blank: times.blank.shown ?? NaN,
      empty: { firstView: times.none.firstView ?? NaN, history: times.none.history ?? NaN },
      popup: { firstView: times.all.firstView ?? NaN, history: times.all.history ?? NaN },
      emptyRaw: times.noneRead.read ?? NaN,
      popupRaw: times.allRead.read ?? NaN,
      ...(await benchBackup(full.context, full.extensionId, runs, median)),
    };
  } finally {
    await empty.close();
    await full.close();
    await build.remove();
  }
}
