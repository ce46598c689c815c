import type { ManifestV3Export } from '@crxjs/vite-plugin';
import type manifest from './manifest.json';

/** The add-on's id on addons.mozilla.org: it names the add-on for good, so it never changes. */
export const GECKO_ID = 'small-hellos@small-hellos';

/**
 * The lowest Firefox the add-on declares: the first that understands
 * `data_collection_permissions` (Firefox's built-in consent; we collect nothing), which is
 * 140 on desktop (ESR 140 included) and 142 on Android. `web-ext lint` flags anything lower.
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * The Firefox manifest, derived from the one manifest.json: Firefox runs the background as
 * an event page (`background.scripts`) rather than a service worker, and wants an id and
 * a statement of what data the add-on collects. Everything else is shared.
 */
export function firefoxManifest(source: typeof manifest): ManifestV3Export {
  const { service_worker: worker, ...background } = source.background;
  return {
    ...source,
    background: { ...background, scripts: [worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  } as ManifestV3Export;
}
