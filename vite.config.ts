import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contractDocsServerOnly } from './scripts/contract-docs-server-only.ts';
import { zodWithoutJsonSchema } from './scripts/zod-without-json-schema.ts';

const apiTarget = process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? '8356'}`;

export default defineConfig(({ mode }) => ({
  plugins: [react(), tailwindcss(), zodWithoutJsonSchema(), contractDocsServerOnly()],
  // msw's service worker is served only by `npm run dev:mock`; production builds never ship it.
  publicDir: mode === 'mock' ? 'mock-public' : false,
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
  },
}));
