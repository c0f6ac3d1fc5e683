import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { serveBuilt } from './static-server';
import { describeTimes, percentile } from './stats';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'render', 'dist');

/** Time to render the full intake form (imminent panel and every section), in a production build. */
test('intake form render time', async ({ page }) => {
  const built = spawnSync(join(here, '..', 'node_modules', '.bin', 'vite'), ['build', '--config', join(here, 'render', 'vite.config.ts')], {
    stdio: 'inherit',
  });
  expect(built.status).toBe(0);
  const { url, server } = await serveBuilt(dist);
  await page.goto(url);
  const results = await page.waitForFunction(() => (window as unknown as { __results?: unknown }).__results, undefined, { timeout: 60_000 });
  const { times, fields } = (await results.jsonValue()) as { times: number[]; fields: number };
  server.close();
  const rounded = times.map((ms) => Math.round(ms * 10) / 10);
  console.log(`intake form: ${fields} fields; first render ${rounded[0]} ms`);
  console.log(describeTimes('render of the full intake form (after the first)', rounded.slice(1), '≤ 50 ms'));
  expect(percentile(rounded, 50)).toBeGreaterThan(0);
});
