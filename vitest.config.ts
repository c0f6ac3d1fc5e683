import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest runs files in (CPUs - 1) workers: one on the 2-core machines CI uses, leaving a core
    // idle. Two workers: 226 s instead of 306 s for the whole run, measured on this machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          // One jsdom and one load of the libraries per worker, not per file (2-5 s each, most
          // of the project's time); src/test/setup.ts clears what a file leaves behind.
          isolate: false,
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
          // Vitest blanks CSS by default; the dark palette's test reads the main stylesheet.
          css: { include: [/src\/index\.css/] },
          // The intake form's longer tests take 2-4 s on React's development build when the
          // 2 cores are shared; 5 s (the default) failed them under load, not for a wrong result.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          globalSetup: ['server/testing/pglite-template.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'pbx',
          environment: 'node',
          include: ['pbx/**/*.test.ts'],
          testTimeout: 15_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
