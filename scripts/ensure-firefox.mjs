#!/usr/bin/env node
/**
 * Makes sure a Firefox the Firefox smoke test can drive is on this machine. It never
 * downloads a browser of its own: it uses FIREFOX_PATH, or Debian's `firefox-esr` package.
 *
 * Unlike Chromium, Firefox is not needed by the rest of the tests: where it cannot be
 * installed (not root, not Debian) this says what to run and the smoke test is skipped
 * with the same reason.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';

/** The browser to drive: `FIREFOX_PATH` when set, else Debian's Firefox ESR. */
export function firefoxPath() {
  return process.env.FIREFOX_PATH || DEFAULT_FIREFOX;
}

/** Why the Firefox smoke test cannot run here, or undefined when it can. */
export function firefoxMissingReason() {
  const path = firefoxPath();
  if (existsSync(path)) return undefined;
  if (process.env.FIREFOX_PATH) return `FIREFOX_PATH is set to ${path}, but there is no browser there.`;
  return [
    `No Firefox found at ${path}. Install it, then run this again:`,
    '  sudo apt-get install -y firefox-esr',
    'or point FIREFOX_PATH at a Firefox (140 or newer), e.g.',
    '  FIREFOX_PATH=/path/to/firefox npm run test:e2e:firefox',
  ].join('\n');
}

function ensureFirefox() {
  const path = firefoxPath();
  if (existsSync(path)) return;

  if (process.env.FIREFOX_PATH) {
    console.error(firefoxMissingReason());
    process.exit(1);
  }

  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    console.log(`No Firefox at ${path}; installing Debian's firefox-esr.`);
    // No questions asked: CI runs without a terminal.
    execSync('apt-get update && apt-get install -y firefox-esr', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(path)) return;
    console.error(`apt-get finished, but there is still no browser at ${path}.`);
    process.exit(1);
  }

  // Not fatal: the Firefox smoke test says it was skipped, and why.
  console.warn(firefoxMissingReason());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) ensureFirefox();
