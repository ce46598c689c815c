/**
 * For the stories Playwright cannot tell: Chromium driven by puppeteer-core, where a tab
 * opened in the background is really hidden, and a private window can be opened and seen.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ALL_DAY, BROWSER_ARGS, CARD_PATH, FIXTURES, POPUP_PATH, dist, readNudgesIn, writeSettingsIn } from '../../scripts/chromium.mjs';
import { chromiumPath } from '../../scripts/ensure-chromium.mjs';

export interface PuppeteerSession {
  browser: Browser;
  extensionId: string;
  /** The toolbar popup's page, open in a tab, for reading what is stored. */
  popup: Page;
  close(): Promise<void>;
}

/** A fresh profile with the extension, its settings changed by `settings` (cards at any hour). */
export async function startPuppeteer(settings: Record<string, unknown> = {}): Promise<PuppeteerSession> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'small-hellos-profile-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    userDataDir: profile,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...BROWSER_ARGS],
  });
  const close = async () => {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'));
    const extensionId = new URL(worker.url()).host;
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${extensionId}${POPUP_PATH}`);
    await writeSettingsIn(popup, { ...ALL_DAY, ...settings });
    return { browser, extensionId, popup, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Serves `fixture` at every address under `origin` in `tab`, and nothing else from the network. */
export async function serve(tab: Page, origin: string, fixture: string): Promise<void> {
  const body = await readFile(path.join(FIXTURES, fixture), 'utf8');
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.url().startsWith(origin)) void request.respond({ status: 200, contentType: 'text/html', body });
    else if (request.url().startsWith('http')) void request.abort('blockedbyclient');
    else void request.continue();
  });
}

/** What the content script writes to the console of the person's own developer tools in `tab`. */
export function listen(tab: Page): string[] {
  const said: string[] = [];
  tab.on('console', (message) => said.push(message.text()));
  return said;
}

/** Whether a card is showing in `tab`. */
export function hasCard(tab: Page): boolean {
  return tab.frames().some((frame) => frame.url().includes(CARD_PATH));
}

/** The cards made on pages, as stored (the popup, open to read them, keeps an idea of its own). */
export async function cardsIn(popup: Page): Promise<Awaited<ReturnType<typeof readNudgesIn>>> {
  return (await readNudgesIn(popup)).filter((nudge) => nudge.origin === 'page');
}
