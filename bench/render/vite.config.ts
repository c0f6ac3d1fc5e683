import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/** The form-render benchmark page, built like the app (production mode). */
export default defineConfig({
  root: dirname(fileURLToPath(import.meta.url)),
  plugins: [react(), tailwindcss()],
  publicDir: false,
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
