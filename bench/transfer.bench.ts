import type { Page } from '@playwright/test';
import { test } from '../e2e/fixtures';
import type { Simulator } from '../e2e/pages/simulator';
import type { Workstation } from '../e2e/pages/workstation';
import { sipLog } from '../e2e/support/media-probe';
import { describeTimes } from './stats';

const TRANSFERS = Number(process.env.BENCH_TRANSFERS ?? 20);

/** Resolves with the time the page's newest call first received audio bytes. */
function firstAudioOnNewCall(page: Page, peersBefore: number): Promise<number> {
  return page.evaluate(async (before) => {
    const peers = (window as unknown as { __peers: RTCPeerConnection[] }).__peers;
    for (;;) {
      const fresh = peers.slice(before);
      for (const peer of fresh) {
        let bytes = 0;
        (await peer.getStats()).forEach((stat: Record<string, unknown>) => {
          if (stat.type === 'inbound-rtp' && stat.kind === 'audio') bytes += Number(stat.bytesReceived ?? 0);
        });
        if (bytes > 0) return Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }, peersBefore);
}

const peerCount = (page: Page) => page.evaluate(() => (window as unknown as { __peers: RTCPeerConnection[] }).__peers.length);
/** When the target's phone received the transferred call's INVITE (it rings on receipt). */
const ringAfter = async (page: Page, since: number) =>
  (await sipLog(page)).find((stamp) => stamp.dir === 'in' && stamp.line.startsWith('INVITE ') && stamp.at >= since)?.at ?? null;
const clickAt = async (page: Page, button: ReturnType<Page['getByRole']>) => {
  const before = Date.now();
  await button.click();
  return before;
};

async function measure(kind: 'blind' | 'attended', counsellor: Workstation, caller: Simulator, target: Simulator, round: number) {
  await caller.dialHotline(`1380000${String(round).padStart(4, '0')}`);
  await counsellor.answer();
  const select = counsellor.transferBar.getByLabel('转接对象');
  const value = await select.locator('option').filter({ hasText: /120/ }).first().getAttribute('value');
  await select.selectOption(value ?? '');
  const peersBefore = await peerCount(caller.page);
  const audio = firstAudioOnNewCall(caller.page, peersBefore);
  let clicked: number;
  let ringing: number | null = null;
  if (kind === 'blind') {
    clicked = await clickAt(counsellor.page, counsellor.transferBar.getByRole('button', { name: '直接转接', exact: true }));
  } else {
    const consulted = await clickAt(counsellor.page, counsellor.transferBar.getByRole('button', { name: '先沟通再转接', exact: true }));
    await counsellor.transferBar.getByText(/正在与 .* 沟通/).waitFor();
    const rang = await ringAfter(target.page, consulted);
    ringing = rang === null ? null : rang - consulted;
    clicked = await clickAt(counsellor.page, counsellor.transferBar.getByRole('button', { name: '完成转接' }));
  }
  const connected = (await audio) - clicked;
  if (kind === 'blind') {
    // Read once the caller is through, so the target's INVITE is surely in its log.
    const rang = await ringAfter(target.page, clicked);
    ringing = rang === null ? null : rang - clicked;
  }
  await counsellor.finishWrapUp();
  await caller.hangUp();
  await caller.expectNoCall();
  return { ringing, connected };
}

/**
 * Transfer set-up over real calls: click → target ringing, and click → caller connected to the
 * target with audio, for blind transfers and for attended ones (consult, then complete). The
 * target answers at once (the simulator's auto-answer), as the measured floors assume.
 */
test('transfer set-up times', async ({ phones }) => {
  const target = await phones.service('120');
  await target.page.getByLabel('来电自动接听').check();
  const counsellor = await phones.counsellor();
  const caller = await phones.caller();
  const blind = { ringing: [] as number[], connected: [] as number[] };
  const attended = { ringing: [] as number[], connected: [] as number[] };
  for (let round = 0; round < TRANSFERS; round++) {
    const b = await measure('blind', counsellor, caller, target, round);
    if (b.ringing !== null) blind.ringing.push(b.ringing);
    blind.connected.push(b.connected);
    const a = await measure('attended', counsellor, caller, target, round + 100);
    if (a.ringing !== null) attended.ringing.push(a.ringing);
    attended.connected.push(a.connected);
  }
  console.log(describeTimes('blind transfer: click → INVITE at the target (ringing)', blind.ringing));
  console.log(describeTimes('blind transfer: click → caller and target connected with audio', blind.connected, 'floor ≈ 305 ms'));
  console.log(describeTimes('attended transfer: consult click → INVITE at the target (ringing)', attended.ringing));
  console.log(describeTimes('attended transfer: complete click → caller and target connected with audio', attended.connected, 'floor ≈ 360 ms'));
});
