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
    await writeSettingsIn(popup, ALL_DAY);
  });

  afterAll(async () => {
    await browser?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('shows no card and spends nothing until the person switches to it', async () => {
    const fixture = await readFile(path.join(FIXTURES, 'gmail.html'), 'utf8');
    // Opened as a middle click would: in the background, behind the popup's tab.
    const session = await browser.target().createCDPSession();
    const { targetId } = await session.send('Target.createTarget', { url: 'about:blank', background: true });
    const target = await browser.waitForTarget((candidate) => (candidate as unknown as { _targetId: string })._targetId === targetId);
    const tab = await target.page();
    if (!tab) throw new Error('The background tab has no page');
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      if (request.url().startsWith('https://mail.google.com/')) void request.respond({ status: 200, contentType: 'text/html', body: fixture });
      else if (request.url().startsWith('http')) void request.abort('blockedbyclient');
      else void request.continue();
    });
    const said: string[] = [];
    tab.on('console', (message) => said.push(message.text()));
    await tab.goto(GMAIL);

    expect(await tab.evaluate(() => document.visibilityState)).toBe('hidden');
    await waitUntil(() => said.includes('Small Hellos: waiting until this tab is seen.'), { what: 'the content script to wait' });
    expect(await readNudgesIn(popup)).toEqual([]);
    const hasCard = () => tab.frames().some((frame) => frame.url().includes(CARD_PATH));
    expect(hasCard()).toBe(false);

    await tab.bringToFront();
    await waitUntil(hasCard, { what: 'the card once the tab is seen' });
    expect(await readNudgesIn(popup)).toHaveLength(1);
  });
});
