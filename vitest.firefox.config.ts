import { defineConfig } from 'vitest/config';
import { RetriedStories } from './tests/retried-stories.ts';

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
    // A story that passed only on its second run is listed at the end, with its first failure.
    reporters: ['default', new RetriedStories()],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
