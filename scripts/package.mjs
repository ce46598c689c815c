#!/usr/bin/env node
/**
 * Writes the store packages into packages/, versioned from package.json:
 * - small-hellos-chrome-<version>.zip from dist/ (Chrome Web Store),
 * - small-hellos-firefox-<version>.zip from dist-firefox/ (addons.mozilla.org),
 * - small-hellos-sources-<version>.zip: what a reviewer needs to rebuild the bundled code,
 *   with BUILDING.md (Mozilla asks for the sources of minified or bundled code).
 *
 * `npm run package` builds both first, then checks the store listing of every shipped locale
 * against the built manifests (check-listing.mjs) and writes no zip while it is incomplete.
 * The zips are reproducible: files in a fixed order with a fixed date, so the same build
 * gives the same bytes.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { reportListing } from './check-listing.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Everything needed to rebuild both builds with `npm ci` and the build scripts; tests,
 * tools and the builds themselves stay out.
 */
export const SOURCE_PATHS = [
  'BUILDING.md',
  'README.md',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'manifest.json',
  'manifest.firefox.ts',
  'manifests.ts',
  'src',
  'public',
];

/** DOS time starts in 1980; every entry gets this date so the bytes depend only on content. */
const FIXED_DATE = new Date('1980-01-01T00:00:00Z');

/**
 * Whether a file of a build belongs in the extension's package: not a source map (the
 * store reviews the sources zip instead) and nothing hidden such as Vite's `.vite/` folder.
 *
 * @param {string} relativePath with forward slashes
 */
export function isShipped(relativePath) {
  const parts = relativePath.split('/');
  return !parts.some((part) => part.startsWith('.')) && !relativePath.endsWith('.map');
}

/**
 * Every file under `dir`, as sorted paths relative to `base` with forward slashes.
 *
 * @param {string} dir
 * @param {string} [base]
 * @returns {string[]}
 */
export function listFiles(dir, base = dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full, base));
    else if (entry.isFile()) files.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return files.sort();
}

/**
 * A zip of `files` (paths relative to `base`), in their given order.
 *
 * @param {string} base
 * @param {string[]} files
 * @returns {Uint8Array}
 */
function zipFiles(base, files) {
  /** @type {import('fflate').Zippable} */
  const entries = {};
  for (const file of files) entries[file] = [readFileSync(path.join(base, file)), { mtime: FIXED_DATE }];
  return zipSync(entries, { level: 9, mtime: FIXED_DATE });
}

/** @param {string} file */
function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The zip of one build: what the extension needs, with manifest.json at its root. The build
 * takes its version from package.json (manifests.ts); a build whose manifest says another
 * version is older than package.json, and is refused, so a store never gets a mislabelled
 * package.
 *
 * @param {string} buildDir
 * @param {string} version
 * @returns {Uint8Array}
 */
export function extensionZip(buildDir, version) {
  const manifestPath = path.join(buildDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`There is no build in ${buildDir} (no manifest.json).`);
  const manifestVersion = readJson(manifestPath).version;
  if (manifestVersion !== version) {
    throw new Error(`${manifestPath} says version ${manifestVersion}, package.json says ${version}: the build is older than package.json, build again.`);
  }
  return zipFiles(buildDir, listFiles(buildDir).filter(isShipped));
}

/**
 * The zip of the sources: SOURCE_PATHS from `root`, hidden files left out.
 *
 * @param {string} root
 * @returns {Uint8Array}
 */
export function sourcesZip(root) {
  const files = SOURCE_PATHS.flatMap((entry) => {
    const full = path.join(root, entry);
    if (!existsSync(full)) throw new Error(`The sources zip needs ${entry}, which is missing.`);
    return statSync(full).isDirectory() ? listFiles(full, root) : [entry];
  }).filter((file) => !file.split('/').some((part) => part.startsWith('.')));
  return zipFiles(root, files);
}

/**
 * Writes the three zips into `outDir` and returns their paths.
 *
 * @param {{ root?: string, chromeDir?: string, firefoxDir?: string, outDir?: string }} [options]
 * @returns {Promise<{ chrome: string, firefox: string, sources: string }>}
 */
export async function writePackages({
  root = ROOT,
  chromeDir = path.join(root, 'dist'),
  firefoxDir = path.join(root, 'dist-firefox'),
  outDir = path.join(root, 'packages'),
} = {}) {
  const { name, version } = readJson(path.join(root, 'package.json'));
  const zips = {
    chrome: [path.join(outDir, `${name}-chrome-${version}.zip`), extensionZip(chromeDir, version)],
    firefox: [path.join(outDir, `${name}-firefox-${version}.zip`), extensionZip(firefoxDir, version)],
    sources: [path.join(outDir, `${name}-sources-${version}.zip`), sourcesZip(root)],
  };
  await mkdir(outDir, { recursive: true });
  for (const [file, bytes] of Object.values(zips)) await writeFile(file, bytes);
  return { chrome: zips.chrome[0], firefox: zips.firefox[0], sources: zips.sources[0] };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!reportListing(ROOT)) {
    console.error('The store listing above is not complete, so no package was written.');
    process.exit(1);
  }
  const written = await writePackages();
  for (const file of Object.values(written)) {
    console.log(`${path.relative(process.cwd(), file)}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
  }
}
