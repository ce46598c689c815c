/**
 * Drives Debian's Chromium with the built extension loaded: shared by `npm start` and the
 * end-to-end tests. Plain ESM with JSDoc types so Node runs it as is; each job is a module
 * of its own in scripts/chromium/, and this entry gathers them.
 *
 * There is no internet here, and the extension must not need any: every catalogue site is
 * served from a fixture in tests/fixtures at its real URL (so the content script runs on
 * it), and every other http(s) request is aborted and written down.
 */
export * from './chromium/paths.mjs';
export * from './chromium/locales.mjs';
export * from './chromium/launch.mjs';
export * from './chromium/fixtures.mjs';
export * from './chromium/storage.mjs';
export * from './chromium/card.mjs';
export * from './chromium/worker.mjs';
export * from './chromium/wait.mjs';
