import type { Page } from '@playwright/test';
import { test } from '../e2e/fixtures';

const CALLS = Number(process.env.BENCH_SHIFT_CALLS ?? 60);
const WARM_UP_CALLS = 5;
/**
 * sip.js keeps an answered INVITE's server transaction, and through it the call, for Timer L
 * (64 × T1 = 32 s, RFC 6026) after the 200 OK: weighing sooner counts the calls of the last half
 * minute as if they leaked.
 */
const SIP_TRANSACTION_LINGER_MS = 33_000;

interface Footprint {
  heapMb: number;
  domNodes: number;
  openPeerConnections: number;
  audioElements: number;
}

/** What the counsellor's page holds after a full garbage collection. */
async function footprint(page: Page): Promise<Footprint> {
  await page.waitForTimeout(SIP_TRANSACTION_LINGER_MS);
  // The test probe keeps every peer connection and SIP message it saw; let go of the finished ones
  // so that only what the workstation itself keeps is weighed.
  await page.evaluate(() => {
    const probe = window as unknown as { __peers: RTCPeerConnection[]; __sip: unknown[] };
    const open = probe.__peers.filter((peer) => peer.connectionState !== 'closed');
    probe.__peers.splice(0, probe.__peers.length, ...open);
    probe.__sip.length = 0;
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const counts = await page.evaluate(() => ({
    domNodes: document.getElementsByTagName('*').length,
    openPeerConnections: (window as unknown as { __peers: RTCPeerConnection[] }).__peers.filter((peer) => peer.connectionState !== 'closed')
      .length,
    audioElements: document.getElementsByTagName('audio').length,
  }));
  return { heapMb: Math.round((usedSize / 1024 / 1024) * 10) / 10, ...counts };
}

/**
 * A night shift in miniature: one counsellor's page takes call after call (ring, answer, a note,
 * hang-up, wrap-up) without a reload, as it would for 15 hours. Prints the JavaScript heap after a
 * forced collection, the DOM size and the peer connections still open, after a warm-up and at the
 * end; steady growth per call is what a leak looks like. (Chromium only: it uses the DevTools
 * protocol.)
 */
test('long shift: memory after many calls on one page', async ({ phones }) => {
  const counsellor = await phones.counsellor();
  const caller = await phones.caller();
  const takeCall = async (call: number) => {
    await caller.dialHotline(`1370000${String(call).padStart(4, '0')}`);
    await counsellor.answer();
    await counsellor.addNote(`第 ${call + 1} 通：来电者诉说失眠和学业压力`);
    await caller.hangUp();
    await counsellor.finishWrapUp();
    await counsellor.expectNoCall();
  };

  for (let call = 0; call < WARM_UP_CALLS; call++) await takeCall(call);
  const before = await footprint(counsellor.page);
  for (let call = WARM_UP_CALLS; call < WARM_UP_CALLS + CALLS; call++) await takeCall(call);
  const after = await footprint(counsellor.page);

  const perCallKb = Math.round(((after.heapMb - before.heapMb) * 1024) / CALLS);
  console.log(`long shift, after ${WARM_UP_CALLS} warm-up calls: heap ${before.heapMb} MB, ${before.domNodes} DOM elements, ${before.openPeerConnections} open peer connections, ${before.audioElements} <audio>`);
  console.log(`long shift, after ${CALLS} more calls: heap ${after.heapMb} MB, ${after.domNodes} DOM elements, ${after.openPeerConnections} open peer connections, ${after.audioElements} <audio>`);
  console.log(`long shift: heap growth ${perCallKb} KB per call (a 15-hour night of ~30 calls: ~${Math.round((perCallKb * 30) / 1024)} MB)`);
});
