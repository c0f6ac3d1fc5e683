import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/** Benchmarks reuse the e2e rig (real Chromium, Kamailio, API) and print figures; they assert nothing about time. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '**/*.bench.ts',
  timeout: 15 * 60_000,
  reporter: 'list',
  // A trace snapshots the page's DOM after every action on its main thread: right after the answer
  // click, ~85 ms on the workstation's DOM against ~1 ms on the bare page, a cost no counsellor pays.
  use: { ...base.use, trace: 'off' },
});
