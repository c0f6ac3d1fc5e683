import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/** The form-render benchmark page, built like the app (production mode). */
export default defineConfig({
  root: __dirname,
  plugins: [react(), tailwindcss()],
  publicDir: false,
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
