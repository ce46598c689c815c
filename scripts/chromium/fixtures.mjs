/**
 * There is no internet here, and the extension must not need any: every catalogue site is
 * served from a fixture in tests/fixtures at its real URL (so the content script runs on
 * it), and every other http(s) request is aborted and written down.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURES, ROOT, dist } from './paths.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

/** Where each catalogue host's fixture lives; any other catalogue host gets generic.html. */
const FIXTURE_BY_HOST = /** @type {Record<string, string>} */ ({
  'mail.google.com': 'gmail.html',
  'outlook.live.com': 'outlook.html',
  'outlook.office.com': 'outlook.html',
  'outlook.office365.com': 'outlook.html',
  'x.com': 'x.html',
  'twitter.com': 'x.html',
  'www.facebook.com': 'facebook.html',
  'www.linkedin.com': 'linkedin.html',
  'www.reddit.com': 'reddit.html',
});

/** Response headers a fixture is served with, beyond its content type. */
const FIXTURE_HEADERS = /** @type {Record<string, Record<string, string>>} */ ({
  // A page that forbids every frame: Chromium still shows an extension's frame.
  'gmail-hostile.html': { 'content-security-policy': "frame-src 'none'" },
});

/** Every host the content script runs on, read from the built (or source) manifest. */
export function catalogueHosts() {
  const manifestPath = existsSync(path.join(dist, 'manifest.json')) ? path.join(dist, 'manifest.json') : path.join(ROOT, 'manifest.json');
  /** @type {{ content_scripts?: { matches?: string[] }[] }} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const patterns = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return [...new Set(patterns.map((pattern) => new URL(pattern.replace('*', 'x')).hostname))];
}

/** @param {string} file */
async function fixture(file) {
  return readFile(path.join(FIXTURES, file), 'utf8');
}

/**
 * @typedef {object} NetworkLog
 * @property {string[]} served Fixture documents served, by URL, in order.
 * @property {string[]} blocked Every other http(s) request, aborted.
 */

/**
 * Serves each catalogue site's fixture at its real https URL and aborts every other http(s)
 * request, writing both down. `fixtures` swaps the page served for a host, e.g.
 * `{ 'mail.google.com': 'gmail-hostile.html' }`.
 *
 * @param {BrowserContext} context
 * @param {{ fixtures?: Record<string, string> }} [options]
 * @returns {Promise<NetworkLog>}
 */
export async function serveFixtures(context, { fixtures = {} } = {}) {
  /** @type {NetworkLog} */
  const log = { served: [], blocked: [] };
  const hosts = new Set(catalogueHosts());
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const request = route.request();
      const { hostname } = new URL(request.url());
      if (hosts.has(hostname) && request.resourceType() === 'document') {
        const file = fixtures[hostname] ?? FIXTURE_BY_HOST[hostname] ?? 'generic.html';
        log.served.push(request.url());
        await route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8', ...FIXTURE_HEADERS[file] },
          body: await fixture(file),
        });
        return;
      }
      log.blocked.push(request.url());
      await route.abort('blockedbyclient');
    },
  );
  return log;
}
