import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/**
 * Tests of what runs in no page: the background, the database, sync, the toolbar, and the
 * project's own files (locales, manifests, templates). A file among them that needs a
 * page's globals says so at its top (`@vitest-environment happy-dom`).
 */
const NO_PAGE_TESTS = [
  'tests/unit/background/**/*.test.ts',
  'tests/unit/db/**/*.test.ts',
  'tests/unit/sync/**/*.test.ts',
  'tests/unit/store/**/*.test.ts',
  'tests/unit/*.test.ts',
  'tests/unit/toolbar/**/*.test.ts',
];

// Pure functions use local time: pin the zone so day boundaries are the same everywhere. The
// test files run in threads of this one process, and the zone is the process's own, so it
// is set here, before any of them starts (Node follows TZ when it is changed).
process.env.TZ = 'Europe/Berlin';

export default defineConfig({
  plugins: [preact()],
  test: {
    globals: true,
    // Threads, not processes: a file starts in a fraction of the time, on two cores it matters.
    pool: 'threads',
    // Room for a busy machine (see tests/setup-pages.ts); a test that passes takes no longer.
    testTimeout: 15_000,
    hookTimeout: 30_000,
    // Vitest leaves a core to itself by default, which on a 2-core machine means one worker;
    // the main process only gathers results, so both cores run tests.
    maxWorkers: 2,
    projects: [
      {
        // src/core is pure: its tests need no page, no database and no browser API, so they
        // start without them.
        extends: true,
        // They share no state and mock nothing, so a worker imports src/core once for all of them.
        test: { name: 'pure', include: ['tests/unit/core/**/*.test.ts'], environment: 'node', isolate: false },
      },
      {
        // A fake browser and an in-memory IndexedDB are all these need: no document is built for each file.
        extends: true,
        test: { name: 'no page', include: NO_PAGE_TESTS, environment: 'node', setupFiles: ['tests/setup-one-thread.ts', 'tests/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'pages',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/core/**', ...NO_PAGE_TESTS],
          environment: 'happy-dom',
          setupFiles: ['tests/setup-one-thread.ts', 'tests/setup.ts', 'tests/setup-pages.ts'],
        },
      },
    ],
  },
});
