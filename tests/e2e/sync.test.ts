/**
 * The same people on two computers: two browser profiles, each with the extension, and
 * the test in the place of the browser's sync, carrying what one profile's extension
 * wrote to its sync storage over to the other's, as Chrome's sync would.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, expectAccessible, startBrowser, waitUntil, type Session } from './helpers';

const PASSPHRASE = 'walnut harbour lantern';

/** The part of the extension API the test uses in a service worker, as the browser's sync would. */
interface SyncStorage {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
/** The part of the alarms API the test uses to ring the sync alarm early. */
interface Alarms {
  get(name: string): Promise<{ name: string } | undefined>;
  create(name: string, info: { when: number }): Promise<void>;
}
declare const chrome: { storage: { sync: SyncStorage }; alarms: Alarms };
/** How long a round may take once its alarm rings. */
const ROUND_MS = 20_000;

describe('the same people on two computers', () => {
  let first: Session;
  let second: Session;
  /** What the first computer's copy held before Maya was forgotten. */
  let beforeForgetting: Record<string, unknown>;

  beforeAll(async () => {
    [first, second] = await Promise.all([startBrowser(), startBrowser()]);
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  const worker = (browser: Session): Worker => {
    const found = browser.context.serviceWorkers().find((candidate) => candidate.url().includes(browser.extensionId));
    if (!found) throw new Error('The extension has no service worker');
    return found;
  };
  const syncItems = (browser: Session) => worker(browser).evaluate(() => chrome.storage.sync.get(null));

  /** The browser's sync: the second profile's sync storage becomes what the first's holds. */
  async function carry(from: Session, to: Session, items?: Record<string, unknown>): Promise<void> {
    const carried = items ?? (await syncItems(from));
    await worker(to).evaluate(async (next) => {
      const gone = Object.keys(await chrome.storage.sync.get(null)).filter((name) => !(name in next));
      if (gone.length > 0) await chrome.storage.sync.remove(gone);
      await chrome.storage.sync.set(next);
    }, carried);
  }

  /**
   * Waits until the extension in `browser` has written something new to its sync storage.
   * The change set the sync alarm half a minute ahead; once it is set, it is moved to now
   * (an unpacked extension's alarms may ring this early), so the round that writes is the
   * one the alarm starts, only sooner.
   */
  async function nextWrite(browser: Session, since: Record<string, unknown>): Promise<Record<string, unknown>> {
    await waitUntil(() => worker(browser).evaluate(() => chrome.alarms.get('sync').then(Boolean)), {
      timeout: ROUND_MS,
      what: 'a change to set the sync alarm',
    });
    await worker(browser).evaluate(() => chrome.alarms.create('sync', { when: Date.now() }));
    let items = since;
    await waitUntil(async () => JSON.stringify((items = await syncItems(browser))) !== JSON.stringify(since), {
      timeout: ROUND_MS,
      what: 'the sync alarm to write',
    });
    return items;
  }

  async function page(browser: Session, section: string): Promise<Page> {
    const opened = await browser.context.newPage();
    await opened.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html#${section}`);
    return opened;
  }
  const people = (settings: Page) => settings.getByRole('list', { name: 'People' }).locator('.person__name').allInnerTexts();

  it('carries a person to the second computer once it types the same passphrase, and the browser sees only ciphertext', { timeout: 120_000 }, async () => {
    await addPerson(first, { name: 'Maya Lindqvist', email: 'maya@example.com', detail: 'the cello lessons', kind: 'An interest' });
    const data = await page(first, 'data');
    await data.getByRole('button', { name: 'Turn on sync' }).click();
    await data.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await data.getByLabel('The same passphrase again').fill(PASSPHRASE);
    await data.getByRole('button', { name: 'Turn on', exact: true }).click();
    await data.getByText('Sync is on. Your people reach your other computers the next time your browser syncs.').waitFor();
    await expectAccessible(data, 'sync turned on');

    const items = await syncItems(first);
    expect(Object.keys(items).sort()).toEqual(['h', 'i0']);
    const seen = JSON.stringify(items);
    for (const word of ['Maya', 'Lindqvist', 'maya@example.com', 'cello', 'lessons', PASSPHRASE]) expect(seen).not.toContain(word);
    await carry(first, second);

    const joining = await page(second, 'data');
    await joining.getByRole('button', { name: 'Turn on sync' }).click();
    await joining.getByText('Your browser account already holds a synced copy from another computer.', { exact: false }).waitFor();
    await expectAccessible(joining, 'sync, joining a copy');
    await joining.getByLabel('Passphrase', { exact: true }).fill('walnut harbour lanterns');
    await joining.getByRole('button', { name: 'Turn on', exact: true }).click();
    await joining.getByText('That passphrase does not open the synced copy. Nothing has changed. Please try again.').waitFor();
    expect(await syncItems(second)).toEqual(items);
    const secondPeople = await page(second, 'people');
    expect(await people(secondPeople)).toEqual([]);

    await joining.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await joining.getByRole('button', { name: 'Turn on', exact: true }).click();
    await joining.getByText('Sync is on. The people from your other computers are here.').waitFor();
    await secondPeople.reload();
    await expect.poll(() => people(secondPeople)).toEqual(['Maya Lindqvist']);
    await Promise.all([data.close(), joining.close(), secondPeople.close()]);
  });

  it('brings a person added on the second computer to the first after the browser syncs', { timeout: 120_000 }, async () => {
    const before = await syncItems(second);
    await addPerson(second, { name: 'Jo Okafor', email: 'jo@example.org', detail: 'the new allotment', kind: 'An interest' });
    await nextWrite(second, before);
    await carry(second, first);
    const settings = await page(first, 'people');
    await expect.poll(() => people(settings), { timeout: 10_000 }).toEqual(['Jo Okafor', 'Maya Lindqvist']);
    await settings.close();
  });

  it('forgets on the second computer a person forgotten on the first, for good', { timeout: 120_000 }, async () => {
    beforeForgetting = await syncItems(first);
    const settings = await page(first, 'people');
    await settings.getByRole('button', { name: 'Delete Maya Lindqvist' }).click();
    await settings
      .getByRole('group', { name: /^Delete Maya Lindqvist\?/ })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect.poll(() => people(settings)).toEqual(['Jo Okafor']);
    await carry(first, second, await nextWrite(first, beforeForgetting));

    const onSecond = await page(second, 'people');
    await expect.poll(() => people(onSecond), { timeout: 10_000 }).toEqual(['Jo Okafor']);

    // An older copy put back (as a stale sync could): refused, and written over with the
    // newer one by the second computer's round; Maya stays gone.
    await carry(first, second, beforeForgetting);
    await nextWrite(second, beforeForgetting);
    await onSecond.reload();
    // The list reads its people after the page loads: once it shows anyone, it shows everyone.
    await onSecond.getByRole('list', { name: 'People' }).locator('.person__name').first().waitFor();
    expect(await people(onSecond)).toEqual(['Jo Okafor']);
    await Promise.all([settings.close(), onSecond.close()]);
  });
});
