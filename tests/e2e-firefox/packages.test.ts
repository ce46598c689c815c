import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, extensionZip, listFiles, writePackages } from '../../scripts/package.mjs';

interface Manifest {
  version: string;
  icons?: Record<string, string>;
  action?: { default_popup?: string; default_icon?: Record<string, string> };
  options_ui?: { page?: string };
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string } };
}

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Every file a manifest names, which the extension cannot run without. */
function filesNamedBy(manifest: Manifest): string[] {
  return [
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
    ...(manifest.web_accessible_resources ?? []).flatMap((rule) => rule.resources),
    '_locales/en/messages.json',
  ].filter((file): file is string => Boolean(file));
}

/** The entries of a zip, by name. */
async function unzip(file: string): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await readFile(file)));
}

function manifestIn(entries: Record<string, Uint8Array>): Manifest {
  const bytes = entries['manifest.json'];
  if (!bytes) throw new Error('The zip has no manifest.json at its root');
  return JSON.parse(new TextDecoder().decode(bytes)) as Manifest;
}

describe('the store packages', () => {
  let outDir: string;
  let zips: { chrome: string; firefox: string; sources: string };

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'small-hellos-packages-'));
    zips = await writePackages({ outDir: path.join(outDir, 'packages') });
  });

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('names each zip after the browser and the version in package.json', () => {
    expect(path.basename(zips.chrome)).toBe(`small-hellos-chrome-${version}.zip`);
    expect(path.basename(zips.firefox)).toBe(`small-hellos-firefox-${version}.zip`);
    expect(path.basename(zips.sources)).toBe(`small-hellos-sources-${version}.zip`);
  });

  for (const [browser, buildDir] of [
    ['chrome', 'dist'],
    ['firefox', 'dist-firefox'],
  ] as const) {
    it(`packs the ${browser} build: its manifest at the root, every file it names, and nothing else`, async () => {
      const entries = await unzip(zips[browser]);
      const names = Object.keys(entries).sort();
      const manifest = manifestIn(entries);
      expect(manifest.version).toBe(version);
      expect(names).toEqual(expect.arrayContaining(filesNamedBy(manifest)));
      // Exactly the build, less what only developers need.
      expect(names).toEqual(listFiles(path.join(ROOT, buildDir)).filter((name) => !name.endsWith('.map')));
      expect(names.filter((name) => name.endsWith('.map') || name.split('/').some((part) => part.startsWith('.')))).toEqual([]);
      expect(names.filter((name) => /\.(ts|tsx)$/.test(name))).toEqual([]);
      if (browser === 'firefox') expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
      else expect(manifest.browser_specific_settings).toBeUndefined();
    });
  }

  it('leaves source maps and hidden folders out of an extension zip', async () => {
    const build = path.join(outDir, 'build-with-extras');
    await mkdir(path.join(build, '.vite'), { recursive: true });
    await mkdir(path.join(build, 'assets'), { recursive: true });
    await writeFile(path.join(build, 'manifest.json'), JSON.stringify({ manifest_version: 3, version }));
    await writeFile(path.join(build, 'assets', 'app.js'), 'export {};');
    await writeFile(path.join(build, 'assets', 'app.js.map'), '{}');
    await writeFile(path.join(build, '.vite', 'manifest.json'), '{}');
    await writeFile(path.join(build, '.DS_Store'), '');
    expect(Object.keys(unzipSync(extensionZip(build, version))).sort()).toEqual(['assets/app.js', 'manifest.json']);
  });

  it('refuses a build whose manifest has another version', async () => {
    const build = path.join(outDir, 'build-other-version');
    await mkdir(build, { recursive: true });
    await writeFile(path.join(build, 'manifest.json'), JSON.stringify({ manifest_version: 3, version: '0.0.0-other' }));
    expect(() => extensionZip(build, version)).toThrow(/version/);
  });

  it('holds the sources and build instructions, and they rebuild the Firefox zip byte for byte', async () => {
    const entries = await unzip(zips.sources);
    const names = Object.keys(entries);
    expect(names).toEqual(expect.arrayContaining(['BUILDING.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts']));
    expect(names.some((name) => name.startsWith('src/'))).toBe(true);
    expect(names.filter((name) => /^(node_modules|dist|dist-firefox|packages|tests)\//.test(name))).toEqual([]);

    const unpacked = path.join(outDir, 'sources');
    for (const [name, bytes] of Object.entries(entries)) {
      await mkdir(path.dirname(path.join(unpacked, name)), { recursive: true });
      await writeFile(path.join(unpacked, name), bytes);
    }
    // `npm ci` would install the same locked versions; borrow them instead of installing.
    await symlink(path.join(ROOT, 'node_modules'), path.join(unpacked, 'node_modules'), 'dir');
    const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    // As a reviewer runs it: not in Vitest's NODE_ENV=test, which changes what Vite emits.
    const { NODE_ENV: _testMode, ...env } = process.env;
    const build = spawnSync(process.execPath, [vite, 'build', '--mode', 'firefox', '--logLevel', 'error'], {
      cwd: unpacked,
      env,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(path.join(unpacked, 'dist-firefox', 'manifest.json'))).toBe(true);

    const rebuilt = unzipSync(extensionZip(path.join(unpacked, 'dist-firefox'), version));
    const packed = await unzip(zips.firefox);
    expect(Object.keys(rebuilt)).toEqual(Object.keys(packed));
    const differing = Object.keys(packed).filter((name) => !Buffer.from(packed[name]!).equals(rebuilt[name] ?? new Uint8Array()));
    expect(differing, 'files the sources rebuild differently').toEqual([]);
  });
});
