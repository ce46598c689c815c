import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: a real Chromium with the built extension (dist/), each file in its own
 * browser with its own profile. Run `npx vite build` first; `npm test` does.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    // Two files at a time, each with its own browser: most of a story is waiting on the
    // browser, so two cores carry two of them, and the whole run stays short.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
