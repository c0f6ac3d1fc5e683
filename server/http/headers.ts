import type { MiddlewareHandler } from 'hono';

function wsOrigin(wsUrl: string): string {
  const url = new URL(wsUrl);
  return `${url.protocol}//${url.host}`;
}

/**
 * The SPA loads only its own files (and the inline scripts of index.html whose hashes are given)
 * and talks only to this API and the PBX's SIP WebSocket.
 */
export function securityHeaders(pbxWsUrl: string, inlineScripts: string[] = []): MiddlewareHandler {
  const csp = [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScripts].join(' '),
    `connect-src 'self' ${wsOrigin(pbxWsUrl)}`,
    "img-src 'self' data:",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', csp);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  };
}
