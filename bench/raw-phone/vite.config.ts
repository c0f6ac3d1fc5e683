import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The bare sip.js phone of the call-setup benchmark, built in production mode like the app. */
export default defineConfig({
  root: dirname(fileURLToPath(import.meta.url)),
  publicDir: false,
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
