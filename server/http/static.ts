import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { App } from './types';

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** Hashed build output never changes under its name; index.html must be fetched fresh after a deploy. */
const cacheControl = (path: string) => (path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');

/**
 * Serves the built SPA when there is one. Paths without a file extension are client-side routes
 * (`/workstation`) and get index.html; a missing `.js` stays a 404 rather than HTML under a script's name.
 */
export function serveSpa(app: App, staticDir: string): void {
  const root = resolve(staticDir);
  if (!existsSync(join(root, 'index.html'))) return;

  const files = serveStatic({ root });
  const shell = serveStatic({ root, path: 'index.html' });
  app.get('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    const lastSegment = c.req.path.split('/').pop() ?? '';
    // serveStatic answers a found file and calls its `next` otherwise; a no-op keeps the fallback here.
    const notFound = async () => undefined;
    const res = (await files(c, notFound)) ?? (lastSegment.includes('.') ? undefined : await shell(c, notFound));
    if (!res) return next();
    res.headers.set('Cache-Control', cacheControl(c.req.path));
    return res;
  });
}
