import browser, { type Browser } from 'webextension-polyfill';

/** The parts of the extension API some browsers lack; anything that uses one does without it there. */
type OptionalApi = 'commands' | 'notifications' | 'scripting';

/**
 * One of the APIs a browser may not have, or nothing. Firefox for Android has no `commands`
 * (no keyboard shortcuts), and a background that touched it at start would not start at all;
 * Chrome gives the `notifications` API only once its optional permission is granted. What
 * each browser offers, with sources: docs/architecture.md, "Firefox for Android".
 */
export function optionalApi<K extends OptionalApi>(name: K): Browser[K] | undefined {
  return (browser as Partial<Browser>)[name];
}
