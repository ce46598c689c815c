import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../scripts/chromium.mjs';
import { SITE, closeCard, historyEntries, startBrowser, startWriting, waitForVisibleCard, type Session } from './helpers';

/** One person's story with their data: contacts in, a card, export, a fresh start, import, forgetting. */
describe('your data', () => {
  let browser: Session;
  let downloads: string;

  beforeAll(async () => {
    browser = await startBrowser();
    downloads = await mkdtemp(path.join(os.tmpdir(), 'small-hellos-export-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  async function settingsPage(section: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html#${section}`);
    return page;
  }

  const people = (page: Page) => page.getByRole('list', { name: 'People' }).locator('.person__name').allInnerTexts();

  /** The addresses of the scripts a page has loaded so far that hold the contacts parsers, known by names only ical.js and Papa Parse use. */
  function watchParserScripts(page: Page): () => Promise<string[]> {
    const scripts: Promise<{ url: string; text: string }>[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(response.text().then((text) => ({ url: response.url(), text })));
    });
    return async () => (await Promise.all(scripts)).filter(({ text }) => text.includes('BYSETPOS') || text.includes('__parsed_extra')).map(({ url }) => url);
  }

  it('imports a vCard of three people and adds the two chosen, loading the contacts parsers only once a file is chosen', async () => {
    const settings = await browser.context.newPage();
    const parserScripts = watchParserScripts(settings);
    await settings.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html#people`, { waitUntil: 'load' });
    await settings.getByRole('button', { name: 'Import contacts' }).click();
    const choose = settings.getByLabel('Choose a contacts file');
    await choose.waitFor();
    expect(await parserScripts(), 'the page and the import, shown, without the parsers').toEqual([]);
    await choose.setInputFiles(path.join(FIXTURES, 'contacts', 'google.vcf'));
    const found = settings.getByRole('group', { name: 'People in this file: 3. Choose whom to add.' });
    await found.waitFor();
    expect(await parserScripts()).toHaveLength(1);
    const boxes = found.getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBe(3);
    for (const box of await boxes.all()) expect(await box.isChecked(), 'nobody is chosen before the person chooses').toBe(false);
    await found.getByRole('checkbox', { name: /Maya Lindqvist/ }).check();
    await found.getByRole('checkbox', { name: /Jo Okafor/ }).check();
    await settings.getByRole('button', { name: 'Add chosen (2)' }).click();
    await settings.getByText('People added: 2. They have no rhythm yet: choose one for each when you like.').waitFor();
    await settings.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => people(settings)).toEqual(['Jo Okafor', 'Maya Lindqvist']);
    await settings.close();
  });

  let named = '';
  /** The file exported in the story below, for the hostile files made from it. */
  let exported = '';

  it('exports everything, starts fresh, and imports it back: the popup’s history returns', async () => {
    const gmail = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(gmail);
    // Sent, so that it is in the history (which keeps only what happened).
    await startWriting(card);
    named = (await card.locator('body').innerText()).includes('Maya') ? 'Maya' : 'Jo';
    await card.getByRole('button', { name: 'I sent it', exact: true }).click();
    await card.getByRole('button', { name: 'Skip', exact: true }).click();
    await closeCard(gmail, card);
    await gmail.close();
    const popup = await browser.openPopup();
    await expect.poll(() => historyEntries(popup)).toHaveLength(1);
    const before = await historyEntries(popup);

    const data = await settingsPage('data');
    const [download] = await Promise.all([data.waitForEvent('download'), data.getByRole('button', { name: 'Export everything' }).click()]);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    exported = file;
    expect(download.suggestedFilename()).toMatch(/^small-hellos-\d{4}-\d{2}-\d{2}\.json$/);
    await data.getByText(/^Last saved a copy on .+\.$/).waitFor();

    await data.getByRole('button', { name: 'Delete everything' }).click();
    await data.getByRole('group').getByRole('button', { name: 'Delete everything' }).click();
    await data.getByText('Everything is deleted. Small Hellos is starting fresh.').waitFor();
    await popup.reload();
    await popup.getByText('Your small hellos will gather here.').waitFor();
    expect(await historyEntries(popup)).toEqual([]);

    await data.getByLabel('Choose a file to import').setInputFiles(file);
    const holds = data.getByRole('group', { name: 'This file holds:' });
    // The note sent, and the popup's idea for today, shown when the history was looked at.
    await expect.poll(() => holds.getByRole('listitem').allInnerTexts()).toEqual(['People: 2', 'History entries: 2', 'Reflections: 0', 'Your settings']);
    await holds.getByRole('button', { name: 'Replace everything here' }).click();
    await data.getByText('Imported: 2 people and 2 history entries.').waitFor();
    await popup.reload();
    await expect.poll(() => historyEntries(popup)).toEqual(before);
    await Promise.all([popup.close(), data.close()]);
  });

  it('refuses a hostile file, naming the problem, and changes nothing', async () => {
    const data = await settingsPage('data');
    await data.getByLabel('Choose a file to import').setInputFiles({
      name: 'small-hellos-2026-11-25.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"formatName":"dexie","formatVersion":1,"data":{"__proto__":{"isAdmin":true}}}'),
    });
    await expect
      .poll(() => data.getByRole('alert').innerText())
      .toBe('This file was not imported, and nothing was changed. It contains a field named “__proto__”, which a Small Hellos export never has.');
    const popup = await browser.openPopup();
    await expect.poll(() => historyEntries(popup)).toHaveLength(1);
    await Promise.all([popup.close(), data.close()]);
  });

  it('refuses files that reach for the page’s own objects, offer a script as a link, or hold far too many people', async () => {
    type Export = { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };
    const made = (edit: (rows: (table: string) => Record<string, unknown>[]) => void) => {
      const file = JSON.parse(readFileSync(exported, 'utf8')) as Export;
      edit((table) => file.data.data.find((part) => part.tableName === table)?.rows ?? []);
      return Buffer.from(JSON.stringify(file));
    };
    const refusals: [Buffer, string][] = [
      [
        made((rows) => (rows('people')[0]!.$types = { '__proto__.isPrototypeOf': 'undef' })),
        'In people, entry 1 refers to a field it does not have, which a Small Hellos export never does.',
      ],
      [
        made((rows) => (rows('people')[0]!.$types = { 'memories.__proto__.includes': 'undef' })),
        'In people, entry 1 refers to a field it does not have, which a Small Hellos export never does.',
      ],
      [
        made((rows) =>
          Object.assign(rows('nudges')[0]!, { site: 'x', suggestion: { ...(rows('nudges')[0]!.suggestion as object), profileUrl: 'javascript:alert(1)' } }),
        ),
        'In history, entry 1 has a value that is wrong or missing.',
      ],
      [
        made((rows) => {
          const people = rows('people');
          for (let row = 0; row < 150_000; row += 1) people.push({});
        }),
        'In people, there are more entries than Small Hellos takes from one file (at most 10,000).',
      ],
    ];
    const data = await settingsPage('data');
    for (const [buffer, problem] of refusals) {
      await data.getByLabel('Choose a file to import').setInputFiles({ name: 'small-hellos-2026-11-25.json', mimeType: 'application/json', buffer });
      await expect.poll(() => data.getByRole('alert').innerText(), { timeout: 30_000 }).toBe(`This file was not imported, and nothing was changed. ${problem}`);
    }
    // The page's own objects are whole, and nothing changed.
    expect(await data.evaluate(() => [typeof Object.prototype.isPrototypeOf, typeof Array.prototype.includes])).toEqual(['function', 'function']);
    const popup = await browser.openPopup();
    await expect.poll(() => historyEntries(popup)).toHaveLength(1);
    await Promise.all([popup.close(), data.close()]);
  });

  it('forgets a person: the question says what goes, and nothing naming them stays in the history', async () => {
    const full = named === 'Maya' ? 'Maya Lindqvist' : 'Jo Okafor';
    const settings = await settingsPage('people');
    await settings.getByRole('button', { name: `Delete ${full}` }).click();
    const question = settings.getByRole('group', { name: `Delete ${full}? Everything that names them goes with them, for good:` });
    await expect.poll(() => question.getByRole('listitem').allInnerTexts()).toContain('History entries that name them, with the notes in them: 1');
    await question.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => people(settings)).toEqual([named === 'Maya' ? 'Jo Okafor' : 'Maya Lindqvist']);
    const popup = await browser.openPopup();
    await expect.poll(() => historyEntries(popup)).toEqual([]);
    await Promise.all([popup.close(), settings.close()]);
  });
});
