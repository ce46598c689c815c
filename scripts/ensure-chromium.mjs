#!/usr/bin/env node
/**
 * Makes sure a Chromium the tests and `npm start` can drive is on this machine. It never
 * downloads a browser of its own: it uses CHROME_PATH, or Debian's package.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The browser to drive: `CHROME_PATH` when set, else Debian's Chromium. */
export function chromiumPath() {
  return process.env.CHROME_PATH || DEFAULT_CHROMIUM;
}

function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return;

  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${path}, but there is no browser there.`);
    process.exit(1);
  }

  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    console.log(`No Chromium at ${path}; installing Debian's package.`);
    // No questions asked: CI runs without a terminal.
    execSync('apt-get update && apt-get install -y chromium', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(path)) return;
    console.error(`apt-get finished, but there is still no browser at ${path}.`);
    process.exit(1);
  }

  console.error(
    [
      `No Chromium found at ${path}. Install it, then run this again:`,
      '  sudo apt-get install -y chromium',
      'or point CHROME_PATH at a Chromium that accepts --load-extension, e.g.',
      '  CHROME_PATH=/path/to/chromium npm test',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) ensureChromium();
