import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const json = /^application\/json\s*(;|$)/i;

/**
 * Cross-site request forgery guard for state-changing API calls, beside the SameSite=Strict cookie:
 * a browser adds Origin to every such request, and a foreign page cannot send JSON without a CORS
 * preflight this server never grants. HTML forms can only send form or text bodies, which fail here.
 */
/*
 * Origin is checked when present, and its absence is allowed on purpose: browsers send Origin on
 * every POST, PUT and DELETE (fetch and forms alike), so a request without it comes from no browser
 * and carries no cookie a forged page could borrow; the PBX and scripts send none. Behind a reverse
 * proxy, the proxy must pass the original Host on, or every browser request is refused here.
 */
export const csrfGuard: MiddlewareHandler = async (c, next) => {
  if (safeMethods.has(c.req.method)) return next();

  const origin = c.req.header('origin');
  if (origin !== undefined && hostOf(origin) !== c.req.header('host')) throw new ApiError(403, 'forbidden');

  const contentType = c.req.header('content-type');
  if (contentType !== undefined ? !json.test(contentType) : (await c.req.arrayBuffer()).byteLength > 0) {
    throw new ApiError(415, 'unsupported_media_type');
  }
  await next();
};

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
