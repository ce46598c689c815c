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
    // Each file launches and closes its own browser and keeps nothing in shared modules, so a
    // worker imports Playwright and the helpers once for all its files, not once per file.
    isolate: false,
    // In CI, a story that fails is run once more before the run fails: two browsers on two
    // shared cores now and then miss a deadline. A story that is really broken fails twice.
    retry: process.env.CI === 'true' ? 1 : 0,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
