import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'workers/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Guards against a hang, not speed checks (speed is `npm run bench`'s): generous enough that a
    // machine with every core busy never fails a test.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two cores on CI: keep the reference-comparison suites from starving each other.
    maxWorkers: 2,
  },
});
