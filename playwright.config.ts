import { defineConfig } from '@playwright/test';

/**
 * End-to-end: Debian's Chromium, a real Kamailio and the real API server, every call a real
 * SIP/WebRTC call. `npm run test:e2e` runs this inside a network namespace that has only
 * loopback (see scripts/e2e.mjs); the flags below are what telephony-facts.md found necessary.
 */
export const chromiumArgs = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Every phone registers with the one PBX and the API hands calls to whoever is free:
  // parallel tests would ring each other's counsellors.
  workers: 1,
  fullyParallel: false,
  // No test may take longer: a story that needs more is split into tests that set up their own state.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', ...chromiumArgs],
    },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
