import type { ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { firefoxManifest } from './manifest.firefox.ts';

export type Browser = 'chrome' | 'firefox';

/**
 * The manifest of each build: manifest.json, with the version from package.json (the one
 * place a release's version is written), and for Firefox the keys it needs as well
 * (manifest.firefox.ts).
 */
export function manifestFor(browser: Browser, version: string = packageJson.version): ManifestV3Export {
  const source = { ...manifest, version };
  return browser === 'firefox' ? firefoxManifest(source) : source;
}
