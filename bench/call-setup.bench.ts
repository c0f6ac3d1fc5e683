import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, passwordOf, test } from '../e2e/fixtures';
import type { Workstation } from '../e2e/pages/workstation';
import { sipLog } from '../e2e/support/media-probe';
import { answerTiming, installAnswerProbe, type AnswerTiming } from './answer-probe';
import type { RawPhoneOptions } from './raw-phone/main';
import { serveBuilt } from './static-server';
import { describeTimes, percentile } from './stats';

const CALLS = Number(process.env.BENCH_CALLS ?? 30);
const here = dirname(fileURLToPath(import.meta.url));

/** A bare sip.js page (bench/raw-phone), started as an anonymous caller or registered with credentials. */
async function rawPhone(context: BrowserContext, url: string, options: RawPhoneOptions): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate((start) => (window as unknown as { rawPhone: { start(o: RawPhoneOptions): Promise<void> } }).rawPhone.start(start), options);
  await expect(page.locator('#status')).toHaveAttribute('data-state', 'ready');
  return page;
}

async function dial(caller: Page, line: string, callerNumber: string): Promise<number> {
  const sentBefore = (await sipLog(caller)).length;
  await caller.evaluate(
    ([number, from]) => (window as unknown as { rawPhone: { dial(n: string, f: string): Promise<void> } }).rawPhone.dial(number, from),
    [line, callerNumber] as const,
  );
  const invite = (await sipLog(caller)).slice(sentBefore).find((stamp) => stamp.dir === 'out' && stamp.line.startsWith('INVITE'));
  return invite?.at ?? Number.NaN;
}

interface Sample extends AnswerTiming {
  inviteAt: number;
}

function report(label: string, samples: Sample[]): string[] {
  const median = (values: number[]) => percentile(values.filter(Number.isFinite), 50);
  const phase = (name: string, from: (s: Sample) => number | null, to: (s: Sample) => number | null) =>
    `  ${name}: median ${Math.round(median(samples.map((s) => (to(s) ?? Number.NaN) - (from(s) ?? Number.NaN))))} ms`;
  return [
    describeTimes(`${label}: INVITE sent → ring visible`, samples.map((s) => s.ringAt - s.inviteAt)),
    describeTimes(`${label}: answer click → first inbound audio bytes`, samples.map((s) => s.audioAt - s.clickAt)),
    phase('click → 200 OK sent (microphone, answer, ICE gathering)', (s) => s.clickAt, (s) => s.ok200At),
    phase('200 OK sent → ACK handled by the page (main thread)', (s) => s.ok200At, (s) => s.ackAt),
    phase('click → first audio packet arrived (network; from the stats)', (s) => s.clickAt, (s) => s.firstPacketAt),
    phase('first packet arrived → seen by getStats polling (main thread)', (s) => s.firstPacketAt, (s) => s.audioAt),
    phase('main-thread long tasks between click and audio', () => 0, (s) => s.longTaskMs),
  ];
}

/**
 * Answer click → first inbound audio bytes on the answerer, for the floor (a bare sip.js page
 * with the workstation's sip.js options, registered with a counsellor's credentials) and for the
 * workstation, in one run, call by call alternately so a busy machine weighs on both alike. One
 * bare sip.js caller dials both: 0592 12356 reaches the bare page (counsellor3, Xiamen), 0591 12356
 * the workstation (counsellor1, Fuzhou); the PBX asks the API for the counsellor either way.
 */
test('call set-up: bare sip.js floor vs the workstation', async ({ phones, services }) => {
  const built = spawnSync(join(here, '..', 'node_modules', '.bin', 'vite'), ['build', '--config', join(here, 'raw-phone', 'vite.config.ts')], {
    stdio: 'inherit',
  });
  expect(built.status).toBe(0);
  const { url, server } = await serveBuilt(join(here, 'raw-phone', 'dist'));

  const floorContext = await phones.blankContext();
  const signedIn = await floorContext.request.post('/api/session', { data: { username: 'counsellor3', password: passwordOf('counsellor3') } });
  expect(signedIn.ok()).toBe(true);
  expect((await floorContext.request.post('/api/shift/clock-in')).ok()).toBe(true);
  const issued = await floorContext.request.post('/api/sip/credentials', { data: { tabId: randomUUID() } });
  expect(issued.ok()).toBe(true);
  const credentials = (await issued.json()) as { username: string; password: string };
  const floor = await rawPhone(floorContext, url, { wsUrl: services.wsUrl, domain: services.domain, ...credentials });
  await installAnswerProbe(floor, { ringSelector: '#answer:not([hidden])', answerSelector: '#answer', answerText: 'answer' });
  const caller = await rawPhone(await phones.blankContext(), url, { wsUrl: services.wsUrl, domain: services.domain });

  const counsellor: Workstation = await phones.counsellor('counsellor1');
  await installAnswerProbe(counsellor.page, { ringSelector: '[role="alertdialog"]', answerSelector: '[role="alertdialog"] button', answerText: '接听' });

  const callerState = caller.locator('#status');
  const floorSamples: Sample[] = [];
  const workstationSamples: Sample[] = [];
  for (let call = 0; call < CALLS; call++) {
    const callerNumber = `1390000${String(call).padStart(4, '0')}`;

    let inviteAt = await dial(caller, '059212356', callerNumber);
    await floor.locator('#answer').click();
    floorSamples.push({ ...(await answerTiming(floor)), inviteAt });
    await floor.locator('#hang-up').click();
    await expect(callerState).toHaveAttribute('data-state', 'idle');

    inviteAt = await dial(caller, '059112356', callerNumber);
    await counsellor.incoming.getByRole('button', { name: /接听/ }).click();
    workstationSamples.push({ ...(await answerTiming(counsellor.page)), inviteAt });
    await counsellor.hangUp();
    await counsellor.finishWrapUp();
    await expect(callerState).toHaveAttribute('data-state', 'idle');
    await counsellor.expectSeat('available');
  }
  server.close();

  const p95 = (samples: Sample[]) => percentile(samples.map((s) => s.audioAt - s.clickAt), 95);
  const p50 = (samples: Sample[]) => percentile(samples.map((s) => s.audioAt - s.clickAt), 50);
  console.log([...report('floor (bare sip.js)', floorSamples), ...report('workstation', workstationSamples)].join('\n'));
  console.log(
    `answer → audio, workstation / floor: median ${(p50(workstationSamples) / p50(floorSamples)).toFixed(2)}×, ` +
      `p95 ${(p95(workstationSamples) / p95(floorSamples)).toFixed(2)}× over ${CALLS} calls each (target: p95 ≤ 1.2×)`,
  );
});
