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
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
