import type { ManifestV3Export } from '@crxjs/vite-plugin';
import type manifest from './manifest.json';

/** The add-on's id on addons.mozilla.org: it names the add-on for good, so it never changes. */
export const GECKO_ID = 'small-hellos@small-hellos';

/**
 * The lowest Firefox the add-on declares: the first that knows every key it uses, the last
 * of them `data_collection_permissions` (Firefox's built-in consent; we collect nothing):
 * 140 on desktop and 142 on Android, as in web-ext's compatibility data. `web-ext lint`
 * only warns about a lower value (KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION, and passes), so
 * tests/unit/manifests.test.ts holds these. Only Firefox ESR 153 runs the tests here.
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * Nothing leaves the device unless the person turns sync on; then their people (names,
 * addresses, numbers, what they remember of them) ride Firefox Sync, encrypted with their
 * passphrase: optional, personally identifying information.
 */
export const SYNC_DATA_COLLECTION = { required: ['none'], optional: ['personallyIdentifyingInfo'] };

/**
 * The Firefox manifest, derived from the one manifest.json: Firefox runs the background as
 * an event page (`background.scripts`) rather than a service worker, and wants an id and
 * a statement of what data the add-on collects. Everything else is shared.
 */
export function firefoxManifest(source: typeof manifest & { version: string }): ManifestV3Export {
  const { service_worker: worker, ...background } = source.background;
  return {
    ...source,
    background: { ...background, scripts: [worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: SYNC_DATA_COLLECTION,
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  } as ManifestV3Export;
}
