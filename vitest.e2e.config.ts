import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: a real Chromium with the built extension (dist/), one browser at a time.
 * Run `npx vite build` first; `npm test` does.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    // One browser at a time: two cores, and each file starts its own.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
