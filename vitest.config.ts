import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    globals: true,
    // Pure functions use local time: pin the zone so day boundaries are the same everywhere.
    env: { TZ: 'Europe/Berlin' },
    // Room for a busy machine (see tests/setup.ts); a test that passes takes no longer.
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
        extends: true,
        test: {
          name: 'extension',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/core/**'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
