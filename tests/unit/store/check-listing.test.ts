/**
 * The store listing check that `npm run package` runs first: a listing the stores would
 * refuse, or one that leaves a permission unexplained, stops the packages.
 */
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkListing, shippedLocales } from '../../../scripts/check-listing.mjs';
import { manifestFor } from '../../../manifests';

type Manifest = Parameters<typeof checkListing>[0]['manifests'][number];

const MANIFESTS = [manifestFor('chrome'), manifestFor('firefox')] as Manifest[];
const CHROME = MANIFESTS[0] as Manifest & { permissions: string[] };

let root: string;

/** A copy of the repository's listing and words, to break one thing in. */
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'small-hellos-listing-'));
  cpSync('store', path.join(root, 'store'), { recursive: true });
  cpSync('public/_locales', path.join(root, 'public', '_locales'), { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const problems = (manifests: Manifest[] = MANIFESTS) => checkListing({ root, manifests });

describe('the store listing check', () => {
  it('finds the repository listing complete for every language the extension ships', () => {
    expect(checkListing({ manifests: MANIFESTS })).toEqual([]);
  });

  it('fails when a file of a listing is missing', () => {
    unlinkSync(path.join(root, 'store', 'de', 'permissions.md'));
    expect(problems()).toEqual([`${path.join('store', 'de', 'permissions.md')} is missing or empty.`]);
  });

  it('fails when a language the extension ships has no listing at all', () => {
    cpSync(path.join(root, 'public', '_locales', 'en'), path.join(root, 'public', '_locales', 'it'), { recursive: true });
    expect(problems()).toEqual(['store/it is missing: the extension ships it, so its store listing must be there too.']);
  });

  it('fails on a short description longer than the Chrome Web Store takes', () => {
    const summary = `${'A gentle nudge to write to one person. '.repeat(3)}Nothing is sent.`;
    expect([...summary].length).toBe(133);
    writeFileSync(path.join(root, 'store', 'en', 'summary.txt'), summary);
    expect(problems()).toContain(`${path.join('store', 'en', 'summary.txt')} has 133 characters; the Chrome Web Store takes at most 132.`);
  });

  it('fails on a summary that is not the description the package carries', () => {
    writeFileSync(path.join(root, 'store', 'de', 'summary.txt'), 'Ein anderer Satz.');
    expect(problems()).toEqual([
      `${path.join('store', 'de', 'summary.txt')} differs from extDescription in messages.json, which the package carries to the store.`,
    ]);
  });

  it('fails on a permission the listing does not justify, in every language', () => {
    const asking = { ...CHROME, permissions: [...CHROME.permissions, 'downloads'] };
    expect(problems([asking, MANIFESTS[1] as Manifest])).toEqual(
      shippedLocales(root).map(
        (locale) => `${path.join('store', locale, 'permissions.md')} does not justify the permission "downloads" (a "## downloads" section).`,
      ),
    );
  });

  it('fails on a site of the content script that the listing does not name', () => {
    const scripts = [{ matches: ['https://mail.example.com/*'] }];
    expect(problems([{ ...CHROME, content_scripts: scripts }])).toContain(
      `${path.join('store', 'en', 'permissions.md')}: host_permissions does not name mail.example.com.`,
    );
  });

  it('fails on a justification for a permission no manifest asks for any more', () => {
    const without = { ...CHROME, optional_permissions: [] };
    expect(problems([without])).toContain(`${path.join('store', 'en', 'permissions.md')} justifies "notifications", which no manifest asks for.`);
  });

  it('fails when the listing leaves out a kind of data Firefox is told about', () => {
    const firefox = MANIFESTS[1] as Manifest;
    const declaring = {
      ...firefox,
      browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'], optional: ['personallyIdentifyingInfo', 'healthInfo'] } } },
    };
    expect(problems([CHROME, declaring])).toContain(
      `${path.join('store', 'de', 'privacy-practices.md')}: amo_data_collection does not name \`healthInfo\`, which the Firefox manifest declares.`,
    );
  });
});
