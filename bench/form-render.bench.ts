import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { describeTimes, percentile } from './stats';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'render', 'dist');
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Time to render the full intake form (imminent panel and every section), in a production build. */
test('intake form render time', async ({ page }) => {
  const built = spawnSync(join(here, '..', 'node_modules', '.bin', 'vite'), ['build', '--config', join(here, 'render', 'vite.config.ts')], {
    stdio: 'inherit',
  });
  expect(built.status).toBe(0);
  const server = createServer((request, response) => {
    const path = request.url === '/' ? '/index.html' : (request.url ?? '/');
    try {
      const body = readFileSync(join(dist, path));
      response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await page.goto(`http://127.0.0.1:${port}/`);
  const results = await page.waitForFunction(() => (window as unknown as { __results?: unknown }).__results, undefined, { timeout: 60_000 });
  const { times, fields } = (await results.jsonValue()) as { times: number[]; fields: number };
  server.close();
  const rounded = times.map((ms) => Math.round(ms * 10) / 10);
  console.log(`intake form: ${fields} fields; first render ${rounded[0]} ms`);
  console.log(describeTimes('render of the full intake form (after the first)', rounded.slice(1), '≤ 50 ms'));
  expect(percentile(rounded, 50)).toBeGreaterThan(0);
});
