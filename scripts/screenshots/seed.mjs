/**
 * The people and the week the store's screenshots show (scripts/screenshots.mjs): three
 * people with a detail each, in the language of the pictures, and three hellos sent on the
 * days before, so that the popup has small wins to show. Written straight into the
 * extension's database, as some weeks of use would leave it. Fictional people only.
 */
/* global indexedDB -- used only in the function that runs in the extension's page */
import { POPUP_PATH } from '../chromium.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

const DAY = 86_400_000;

/** Each person's detail, as the person would say it to them. */
const PEOPLE = {
  en: [
    ['Maya Lindqvist', 'Maya', 'your allotment', 'interest'],
    ['Jo Okafor', 'Jo', 'the walk along the river', 'shared-memory'],
    ['Sam Ruiz', 'Sam', 'your new job', 'good-news'],
  ],
  de: [
    ['Maya Lindqvist', 'Maya', 'deinen Schrebergarten', 'interest'],
    ['Jo Okafor', 'Jo', 'den Spaziergang am Fluss', 'shared-memory'],
    ['Sam Ruiz', 'Sam', 'deine neue Stelle', 'good-news'],
  ],
};

/** The hello each of them was sent, in the words of the pictures. */
const SENT = {
  en: { prompt: (name) => `A short hello to ${name}?`, note: (name) => `Hi ${name},\nI thought of you today. No need to reply.` },
  de: { prompt: (name) => `Ein kurzes Hallo an ${name}?`, note: (name) => `Hallo ${name},\nich habe heute an dich gedacht. Du musst nicht antworten.` },
};

/**
 * @param {BrowserContext} context
 * @param {string} extensionId
 * @param {string} locale
 */
export async function seedPeopleAndWins(context, extensionId, locale) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}${POPUP_PATH}`);
  await page.evaluate(
    async ({ people, sent, day }) => {
      /** @type {IDBDatabase} */
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('small-hellos');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const now = Date.now();
      await new Promise((resolve, reject) => {
        const transaction = db.transaction(['people', 'nudges'], 'readwrite');
        people.forEach(([name, callName, detail, kind], index) => {
          const id = index + 1;
          const email = `${callName.toLowerCase()}@example.com`;
          transaction.objectStore('people').add({
            id,
            name,
            callName,
            email,
            handles: {},
            rhythm: 'fortnightly',
            preferredChannel: 'any',
            memories: [{ id: `m${id}`, text: detail, kind }],
            archived: false,
            createdAt: now - 60 * day,
          });
          const shownAt = now - (index + 1) * day;
          transaction.objectStore('nudges').add({
            origin: 'page',
            site: 'gmail',
            shownAt,
            day: new Date(shownAt).toISOString().slice(0, 10),
            suggestion: { templateId: 'cu_week', prompt: sent[index].prompt, draft: sent[index].note, personId: id, personName: name, email },
            status: 'sent',
            updatedAt: shownAt + 60_000,
            finalText: sent[index].note,
            sentAt: shownAt + 60_000,
            channel: 'gmail',
            feeling: 'lighter',
          });
        });
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    {
      people: PEOPLE[/** @type {'en' | 'de'} */ (locale)] ?? PEOPLE.en,
      // Worded here, where functions may run: the page receives plain strings.
      sent: (PEOPLE[/** @type {'en' | 'de'} */ (locale)] ?? PEOPLE.en).map(([, callName]) => {
        const words = SENT[/** @type {'en' | 'de'} */ (locale)] ?? SENT.en;
        return { prompt: words.prompt(callName), note: words.note(callName) };
      }),
      day: DAY,
    },
  );
  await page.close();
}
