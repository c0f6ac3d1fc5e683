import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { App } from './types';

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** Hashed build output never changes under its name; index.html must be fetched fresh after a deploy. */
const cacheControl = (path: string) => (path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');

/**
 * CSP sources (`'sha256-…'`) of the built page's inline scripts: the one that sets the theme
 * before first paint must run, and nothing else inline may.
 */
export function inlineScriptHashes(staticDir: string): string[] {
  const page = join(resolve(staticDir), 'index.html');
  if (!existsSync(page)) return [];
  const html = readFileSync(page, 'utf8');
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body ?? '').digest('base64')}'`,
  );
}

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
