/**
 * A card is spent only where the person sees it. Playwright keeps every page it drives
 * "visible", so this story drives Chromium with puppeteer-core, where a tab opened in the
 * background really is hidden until the person switches to it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DAY, BROWSER_ARGS, CARD_PATH, FIXTURES, POPUP_PATH, dist, readNudgesIn, waitUntil, writeSettingsIn } from '../../scripts/chromium.mjs';
import { chromiumPath } from '../../scripts/ensure-chromium.mjs';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.live.com/mail/0/';

/** Serves `fixture` at every address under `origin` in `tab`, and nothing else from the network. */
async function serve(tab: Page, origin: string, fixture: string): Promise<void> {
  const body = await readFile(path.join(FIXTURES, fixture), 'utf8');
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.url().startsWith(origin)) void request.respond({ status: 200, contentType: 'text/html', body });
    else if (request.url().startsWith('http')) void request.abort('blockedbyclient');
    else void request.continue();
  });
}

/** What the content script writes to the console of the person's own developer tools in `tab`. */
function listen(tab: Page): string[] {
  const said: string[] = [];
  tab.on('console', (message) => said.push(message.text()));
  return said;
}

describe('a tab opened in the background', () => {
  let browser: Browser;
  let profile: string;
  let extensionId: string;
  let popup: Page;

  beforeAll(async () => {
    profile = await mkdtemp(path.join(os.tmpdir(), 'small-hellos-profile-'));
    browser = await puppeteer.launch({
      executablePath: chromiumPath(),
      headless: true,
      userDataDir: profile,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...BROWSER_ARGS],
    });
    const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'));
    extensionId = new URL(worker.url()).host;
    popup = await browser.newPage();
    await popup.goto(`chrome-extension://${extensionId}${POPUP_PATH}`);
    // Outlook is switched off: a moment there is answered, and nothing is kept of it.
    await writeSettingsIn(popup, { ...ALL_DAY, disabledSites: ['outlook'] });
  });

  afterAll(async () => {
    await browser?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('shows no card and spends nothing until the person switches to it', async () => {
    // Opened as a middle click would: in the background, behind the popup's tab.
    const session = await browser.target().createCDPSession();
    const { targetId } = await session.send('Target.createTarget', { url: 'about:blank', background: true });
    const target = await browser.waitForTarget((candidate) => (candidate as unknown as { _targetId: string })._targetId === targetId);
    const tab = await target.page();
    if (!tab) throw new Error('The background tab has no page');
    await serve(tab, 'https://mail.google.com/', 'gmail.html');
    const said = listen(tab);
    await tab.goto(GMAIL);

    expect(await tab.evaluate(() => document.visibilityState)).toBe('hidden');
    await waitUntil(() => said.includes('Small Hellos: waiting until this tab is seen.'), { what: 'the content script to wait' });
    // A later moment in a tab the person looks at, on a site switched off: once the
    // background has answered it, it has answered anything the hidden tab might have asked
    // before (each moment is decided in its own transaction, one after another).
    const later = await browser.newPage();
    await serve(later, 'https://outlook.live.com/', 'outlook.html');
    const saidLater = listen(later);
    await later.goto(OUTLOOK);
    await waitUntil(() => saidLater.includes('Small Hellos: no card this time (disabled-moment).'), { what: 'the background to answer the later moment' });
    expect(await tab.evaluate(() => document.visibilityState)).toBe('hidden');
    expect(await readNudgesIn(popup)).toEqual([]);
    await later.close();
    const hasCard = () => tab.frames().some((frame) => frame.url().includes(CARD_PATH));
    expect(hasCard()).toBe(false);

    await tab.bringToFront();
    await waitUntil(hasCard, { what: 'the card once the tab is seen' });
    expect(await readNudgesIn(popup)).toHaveLength(1);
  });
});
