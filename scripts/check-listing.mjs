#!/usr/bin/env node
/**
 * Checks the store listing (store/<locale>/) before the packages are made: every locale the
 * extension ships (public/_locales/*) has every file, each within what the stores accept
 * (store-limits.mjs), its name and summary are the words the package itself carries, every
 * permission, optional permission, host and content-script site of the built manifests is
 * justified, and Firefox's data collection declaration is the manifest's.
 *
 * `npm run package` runs it first; `node scripts/check-listing.mjs` runs it alone (after both
 * builds). It prints each problem and fails when there is one.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AMO, CHROME } from './store-limits.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The files of one locale's listing, each pasted into one field of a store's form (store/README.md). */
export const LISTING_FILES = ['name.txt', 'summary.txt', 'description.md', 'single-purpose.txt', 'permissions.md', 'privacy-practices.md', 'privacy-policy.md'];

/** Sections permissions.md has besides one per permission: the sites, and what is not asked for. */
const SITE_SECTIONS = ['host_permissions', 'not_requested'];
/** What a person might fear an extension like this asks for; the listing says it does not. */
const NEVER_ASKED = ['tabs', 'history', 'webNavigation', '<all_urls>'];
/** The answers of the Chrome Web Store's Privacy practices tab, and Firefox's data declaration. */
const PRACTICE_SECTIONS = ['remote_code', 'data_usage', 'certifications', 'privacy_policy', 'amo_data_collection'];

/**
 * @typedef {{
 *   permissions?: string[], optional_permissions?: string[], host_permissions?: string[],
 *   optional_host_permissions?: string[], content_scripts?: { matches?: string[] }[],
 *   browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[], optional?: string[] } } },
 * }} Manifest
 */

/** Characters as the stores count them: code points, so "ö" and an emoji are one each. */
const length = (/** @type {string} */ text) => [...text].length;

/** The locales the extension ships: the folders of public/_locales. */
export function shippedLocales(root = ROOT) {
  const dir = path.join(root, 'public', '_locales');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * The `## id` sections of a Markdown file, each with its text (trimmed), in order.
 *
 * @param {string} markdown
 * @returns {Map<string, string>}
 */
export function sectionsOf(markdown) {
  const sections = new Map();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const [heading = '', ...body] = part.split('\n');
    sections.set(heading.trim(), body.join('\n').trim());
  }
  return sections;
}

/** How a site pattern must be named: by its host, or whole where the host is a wildcard. */
function siteName(/** @type {string} */ pattern) {
  const host = /^[^:]+:\/\/([^/]+)/.exec(pattern)?.[1] ?? pattern;
  return host.includes('*') ? pattern : host;
}

/** @param {Manifest[]} manifests */
function askedFor(manifests) {
  const all = (/** @type {(m: Manifest) => string[] | undefined} */ pick) => [...new Set(manifests.flatMap((manifest) => pick(manifest) ?? []))];
  return {
    permissions: all((m) => [...(m.permissions ?? []), ...(m.optional_permissions ?? [])]),
    sites: all((m) => [
      ...(m.host_permissions ?? []),
      ...(m.optional_host_permissions ?? []),
      ...(m.content_scripts ?? []).flatMap((script) => script.matches ?? []),
    ]).map(siteName),
    dataCollection: all((m) => {
      const declared = m.browser_specific_settings?.gecko?.data_collection_permissions;
      return [...(declared?.required ?? []), ...(declared?.optional ?? [])];
    }),
  };
}

/**
 * What is wrong with one locale's listing, in plain sentences (none when it is complete).
 *
 * @param {{ dir: string, messages: Record<string, { message: string } | undefined>, manifests: Manifest[] }} listing
 * @returns {string[]}
 */
export function checkLocale({ dir, messages, manifests }) {
  const where = (/** @type {string} */ file) => path.join(path.basename(path.dirname(dir)), path.basename(dir), file);
  /** @type {Map<string, string>} */
  const texts = new Map();
  const problems = [];
  for (const file of LISTING_FILES) {
    const full = path.join(dir, file);
    const text = existsSync(full) ? readFileSync(full, 'utf8').trim() : '';
    if (text === '') problems.push(`${where(file)} is missing or empty.`);
    else texts.set(file, text);
  }
  const atMost = (/** @type {string} */ file, /** @type {number} */ limit, /** @type {string} */ store) => {
    const text = texts.get(file);
    if (text !== undefined && length(text) > limit) problems.push(`${where(file)} has ${length(text)} characters; ${store} takes at most ${limit}.`);
  };
  atMost('name.txt', CHROME.name, 'the Chrome Web Store');
  atMost('name.txt', AMO.name, 'addons.mozilla.org');
  atMost('summary.txt', CHROME.summary, 'the Chrome Web Store');
  atMost('summary.txt', AMO.summary, 'addons.mozilla.org');
  atMost('description.md', CHROME.description, 'the Chrome Web Store');
  atMost('description.md', AMO.description, 'addons.mozilla.org');
  atMost('single-purpose.txt', CHROME.singlePurpose, 'the Chrome Web Store');
  atMost('privacy-policy.md', AMO.privacyPolicy, 'addons.mozilla.org');

  for (const [file, key] of [
    ['name.txt', 'extName'],
    ['summary.txt', 'extDescription'],
  ]) {
    const text = texts.get(file);
    if (text !== undefined && text !== messages[key]?.message)
      problems.push(`${where(file)} differs from ${key} in messages.json, which the package carries to the store.`);
  }
  if (/https?:\/\/|www\./.test(texts.get('summary.txt') ?? ''))
    problems.push(`${where('summary.txt')} holds a link; addons.mozilla.org takes none in a summary.`);

  const asked = askedFor(manifests);
  const justified = sectionsOf(texts.get('permissions.md') ?? '');
  if (texts.has('permissions.md')) {
    for (const permission of asked.permissions) {
      if (!justified.get(permission))
        problems.push(`${where('permissions.md')} does not justify the permission "${permission}" (a "## ${permission}" section).`);
    }
    for (const [id, text] of justified) {
      if (length(text) > CHROME.justification)
        problems.push(`${where('permissions.md')}: "${id}" has ${length(text)} characters; the Chrome Web Store takes at most ${CHROME.justification}.`);
      if (!asked.permissions.includes(id) && !SITE_SECTIONS.includes(id))
        problems.push(`${where('permissions.md')} justifies "${id}", which no manifest asks for.`);
    }
    const sites = justified.get('host_permissions') ?? '';
    for (const site of asked.sites) if (!sites.includes(site)) problems.push(`${where('permissions.md')}: host_permissions does not name ${site}.`);
    const notAsked = justified.get('not_requested') ?? '';
    for (const permission of NEVER_ASKED)
      if (!notAsked.includes(permission)) problems.push(`${where('permissions.md')}: not_requested does not say that ${permission} is not asked for.`);
  }

  const practices = sectionsOf(texts.get('privacy-practices.md') ?? '');
  if (texts.has('privacy-practices.md')) {
    for (const id of PRACTICE_SECTIONS) if (!practices.get(id)) problems.push(`${where('privacy-practices.md')} has no "## ${id}" answer.`);
    const declared = practices.get('amo_data_collection') ?? '';
    for (const category of asked.dataCollection) {
      if (!declared.includes(`\`${category}\``))
        problems.push(`${where('privacy-practices.md')}: amo_data_collection does not name \`${category}\`, which the Firefox manifest declares.`);
    }
  }
  return problems;
}

/**
 * What is wrong with the listing of every shipped locale, against the built manifests.
 *
 * @param {{ root?: string, manifests: Manifest[] }} options
 * @returns {string[]}
 */
export function checkListing({ root = ROOT, manifests }) {
  return shippedLocales(root).flatMap((locale) => {
    const dir = path.join(root, 'store', locale);
    if (!existsSync(dir)) return [`store/${locale} is missing: the extension ships ${locale}, so its store listing must be there too.`];
    const messages = JSON.parse(readFileSync(path.join(root, 'public', '_locales', locale, 'messages.json'), 'utf8'));
    return checkLocale({ dir, messages, manifests });
  });
}

/**
 * The manifests of both builds, as the stores will read them.
 *
 * @returns {Manifest[]}
 */
export function builtManifests(root = ROOT) {
  return ['dist', 'dist-firefox'].map((build) => {
    const file = path.join(root, build, 'manifest.json');
    if (!existsSync(file)) throw new Error(`There is no build in ${build}/ (no manifest.json): build both first.`);
    return JSON.parse(readFileSync(file, 'utf8'));
  });
}

/** Prints each problem; true when there is none. */
export function reportListing(root = ROOT) {
  const problems = checkListing({ root, manifests: builtManifests(root) });
  for (const problem of problems) console.error(`Store listing: ${problem}`);
  return problems.length === 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!reportListing()) process.exit(1);
  console.log(`Store listing complete for ${shippedLocales().join(', ')}.`);
}
