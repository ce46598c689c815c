import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    globals: true,
    // Pure functions use local time: pin the zone so day boundaries are the same everywhere.
    env: { TZ: 'Europe/Berlin' },
    // Room for a busy machine (see tests/setup.ts); a test that passes takes no longer.
    testTimeout: 15_000,
    hookTimeout: 30_000,
  },
});
