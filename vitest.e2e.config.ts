import { defineConfig } from 'vitest/config';
import { RetriedStories } from './tests/retried-stories.ts';
import { LongestFirst } from './tests/e2e/longest-first.ts';

/**
 * End-to-end tests: a real Chromium with the built extension (dist/), each file in its own
 * browser with its own profile. Run `npx vite build` first; `npm test` does.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    // Three files at a time, each with its own browser: a story waits on its browser's
    // processes often enough that two cores carry three of them. On two cores, with Vitest's
    // record of file times, the run took 584 s two at a time and 512 s three at a time; in
    // clean clones (no record) 571–588 s and 558–577 s, within each other's spread.
    fileParallelism: true,
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    // Each file launches and closes its own browser and keeps nothing in shared modules, so a
    // worker imports Playwright and the helpers once for all its files, not once per file.
    isolate: false,
    // In CI, a story that fails is run once more before the run fails: two browsers on two
    // shared cores now and then miss a deadline. A story that is really broken fails twice.
    retry: process.env.CI === 'true' ? 1 : 0,
    // A story that passed only on its second run is listed at the end, with its first failure.
    reporters: ['default', new RetriedStories()],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
