import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/** Benchmarks reuse the e2e rig (real Chromium, Kamailio, API) and print figures; they assert nothing about time. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '**/*.bench.ts',
  timeout: 15 * 60_000,
  reporter: 'list',
});
