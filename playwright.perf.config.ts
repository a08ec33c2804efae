import { defineConfig } from '@playwright/test';
import journeys from './playwright.config.ts';

/**
 * The perf journeys: the same app, browser and server as the e2e journeys, but only e2e/perf, run
 * by `npm run bench -- --only perf` (which builds the app and collects the figures) and never by
 * `npm test`. By hand: `npm run build && npx playwright test -c playwright.perf.config.ts`.
 */
export default defineConfig({
  ...journeys,
  testDir: 'e2e/perf',
  testMatch: '*.perf.ts',
  retries: 0,
});
