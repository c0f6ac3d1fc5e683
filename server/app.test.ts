import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allEndpoints } from '../src/contract/api-screens';
import { createHarness, type Harness } from './testing/harness';

let h: Harness;
let spa: Harness;
let staticDir: string;
const themeScript = "document.documentElement.dataset.theme = 'dark';";

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'spa-'));
  writeFileSync(join(staticDir, 'index.html'), `<!doctype html><title>12356</title><script>${themeScript}</script>`);
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
  [h, spa] = await Promise.all([createHarness(), createHarness({ config: { staticDir } })]);
});
afterAll(async () => {
  await Promise.all([h.close(), spa.close()]);
  rmSync(staticDir, { recursive: true, force: true });
});

describe('the API surface', () => {
  it('documents every endpoint of the contract in OpenAPI 3.1', async () => {
    const res = await h.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const endpoint of Object.values(allEndpoints)) {
      expect(doc.paths[endpoint.path]?.[endpoint.method], `${endpoint.method} ${endpoint.path}`).toBeDefined();
    }
  });

  it('answers an unknown API path with 404 JSON', async () => {
    const res = await h.call('GET', '/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found' } });
  });

  it('answers health without sign-in, naming the store', async () => {
    expect(await (await h.call('GET', '/api/health')).json()).toEqual({ ok: true, store: 'pglite' });
  });

  it('lists the province and its centres to signed-in staff only', async () => {
    expect((await h.call('GET', '/api/lines')).status).toBe(401);
    const cookie = await h.signIn('counsellor1');
    const lines = (await (await h.call('GET', '/api/lines', { cookie })).json()) as {
      provinceZh: string;
      provinceEn: string;
      centres: { areaCode: string; cityZh: string }[];
    };
    expect(lines.provinceZh).toBe('福建省');
    expect(lines.provinceEn).toBe('Fujian');
    expect(lines.centres.map((c) => c.areaCode)).toEqual(['0591', '0592', '0593', '0594', '0595', '0596', '0597', '0598', '0599']);
    expect(lines.centres[1]).toMatchObject({ areaCode: '0592', cityZh: '厦门' });
  });

  it('refuses bodies over 64 KiB', async () => {
    const res = await h.call('POST', '/api/session', { body: { username: 'a', password: 'x'.repeat(70_000) } });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'payload_too_large' } });
  });

  it('keeps API answers out of caches', async () => {
    expect((await h.call('GET', '/api/health')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('the SPA', () => {
  it('serves index.html for client-side routes, with the security headers', async () => {
    const res = await spa.call('GET', '/workstation');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>12356</title>');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain('connect-src \'self\' ws://127.0.0.1:8357');
    expect(csp).toContain("frame-ancestors 'none'");
    // The page's own inline script (the theme before first paint) runs; no other inline script may.
    const hash = createHash('sha256').update(themeScript).digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves built files, and 404 for a missing one rather than the page', async () => {
    const asset = await spa.call('GET', '/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await spa.call('GET', '/assets/gone.js')).status).toBe(404);
  });

  it('never answers an API path with the page', async () => {
    const res = await spa.call('GET', '/api/unknown');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found' } });
  });
});
