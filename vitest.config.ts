import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { reactOnPreact } from './preact-alias.ts';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // Its CommonJS main would `require` React past the alias; the ES build goes through it.
      { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
      ...reactOnPreact,
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
          // Libraries that import React are bundled by Vite here so the alias above reaches them;
          // left to Node they would load a React that is not installed.
          server: {
            deps: {
              inline: [/@testing-library\/react/, /@tanstack\/react-query/, /react-i18next/, /react-hook-form/, /@hookform\/resolvers/, /zustand/, /wouter/, /use-sync-external-store/],
            },
          },
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
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
