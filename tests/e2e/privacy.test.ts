import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist } from '../../scripts/chromium.mjs';
import { startWriting, SITE, historyEntries, startBrowser, waitForVisibleCard, type Session, closeCard } from './helpers';

interface BuiltManifest {
  content_security_policy?: { extension_pages?: string };
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
}

describe('everything stays on the device', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks for alarms, scripting, storage and unlimited storage only, and for no hosts beyond the content script’s sites until the person adds one', () => {
    const manifestText = readFileSync(path.join(dist, 'manifest.json'), 'utf8');
    const manifest = JSON.parse(manifestText) as BuiltManifest;
    // The extension's data is in IndexedDB; `unlimitedStorage` keeps the browser from
    // clearing it when the disk runs low, and neither browser warns of it at install.
    // `scripting` runs the content script on a site the person adds; that one origin is asked
    // for when it is added (optional, never granted at install) and given back when removed.
    // `storage` is for sync, only when the person turns it on: an encrypted copy of their
    // people in the browser's own sync storage, and its key in session memory.
    expect(manifest.permissions).toEqual(['alarms', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    // Notifications for rituals only if the person turns them on, asked for then.
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifestText).not.toContain('<all_urls>');
    // Extension pages and the service worker may not fetch anything: the pages' own requests
    // are watched below, this covers the worker, whose requests the routing cannot see.
    expect(manifest.content_security_policy?.extension_pages).toMatch(/connect-src 'none'/);
    expect(manifest.content_security_policy?.extension_pages).toMatch(/default-src 'self'/);
  });

  it('refuses, by its own policy, any image, font, prefetch or fetch from the network in its pages', async () => {
    const popup = await browser.openPopup();
    const blockedBefore = browser.network.blocked.length;
    const refused = await popup.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const image = new Image();
      image.src = 'https://images.example.test/pixel.png';
      document.body.append(image);
      const prefetch = document.createElement('link');
      prefetch.rel = 'prefetch';
      prefetch.href = 'https://cdn.example.test/next.js';
      document.head.append(prefetch);
      const font = new FontFace('Elsewhere', 'url(https://fonts.example.test/elsewhere.woff2)');
      await font.load().catch(() => undefined);
      await fetch('https://api.example.test/beacon').catch(() => undefined);
      const frame = document.createElement('iframe');
      frame.src = 'https://frames.example.test/';
      document.body.append(frame);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return [...new Set(violations)].sort();
    });
    // The prefetch falls under default-src, which has no directive of its own.
    expect(refused).toEqual(['connect-src', 'default-src', 'font-src', 'frame-src', 'img-src']);
    // Refused before leaving the page: none of them even reached the network.
    expect(browser.network.blocked.slice(blockedBefore).filter((url) => url.includes('example.test'))).toEqual([]);
    await popup.close();
  });

  it('makes no request of its own through a whole note, from card to history', async () => {
    const page = await browser.open(SITE.gmail);
    const card = await waitForVisibleCard(page);
    await startWriting(card);
    const [compose] = await Promise.all([browser.context.waitForEvent('page'), card.getByRole('button', { name: 'Open in Gmail', exact: true }).click()]);
    await compose.waitForURL(/^https:\/\/mail\.google\.com\//);
    const composeUrl = compose.url();
    await compose.close();
    await card.getByRole('button', { name: 'I sent it', exact: true }).click();
    await card.getByRole('button', { name: 'Heavier', exact: true }).click();
    await card.getByRole('button', { name: 'Done', exact: true }).click();
    // Heavier is answered with care and the way to support, which stays until it is closed.
    await card.getByRole('button', { name: 'Need more support?', exact: true }).waitFor();
    await closeCard(page, card);
    const popup = await browser.openPopup();
    await expect.poll(() => historyEntries(popup)).toHaveLength(1);
    // Give a late beacon, if any, time to show up.
    await popup.waitForTimeout(500);

    const expected = new Set([...browser.navigated, composeUrl]);
    expect(browser.network.blocked, 'requests that were not the pages the person opened').toEqual([]);
    expect(browser.network.served.filter((url) => !expected.has(url))).toEqual([]);
    expect(browser.network.served).toContain(composeUrl);
  });
});
