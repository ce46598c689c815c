import { defineConfig } from 'vitest/config';

/**
 * Checks of the release builds: the Firefox build (dist-firefox/) in a real Firefox ESR,
 * and the store packages made from dist/ and dist-firefox/. Run the builds first;
 * `npm test` does.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    // Two files at a time, each with its own Firefox and profile: most of a story is waiting on the browser.
    fileParallelism: true,
    maxWorkers: 2,
    isolate: false,
    retry: process.env.CI === 'true' ? 1 : 0,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
