import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist } from '../../scripts/chromium.mjs';

/** What a page on a catalogue site has to load because of the extension. */
const CONTENT_SCRIPT_GZIP_BUDGET = 3_072;

interface BuiltManifest {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: { resources?: string[] }[];
}

describe('the weight the extension adds to a page', () => {
  it('keeps the content script, and anything it loads, under 3 KB gzipped', () => {
    const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;
    const injected = new Set(manifest.content_scripts?.flatMap((script) => script.js ?? []));
    // A loader-style content script imports chunks that must be web accessible: count those too.
    const exposedScripts = manifest.web_accessible_resources?.flatMap((entry) => entry.resources ?? []).filter((file) => file.endsWith('.js'));
    for (const file of exposedScripts ?? []) injected.add(file);
    expect(injected.size).toBeGreaterThan(0);

    let total = 0;
    for (const file of injected) {
      const code = readFileSync(path.join(dist, file));
      const gzipped = gzipSync(code).length;
      console.log(`Content script ${file}: ${code.length} bytes, ${gzipped} bytes gzipped.`);
      total += gzipped;
    }
    console.log(`Injected into each catalogue page: ${total} bytes gzipped (budget ${CONTENT_SCRIPT_GZIP_BUDGET}).`);
    expect(total).toBeLessThan(CONTENT_SCRIPT_GZIP_BUDGET);
  });
});
