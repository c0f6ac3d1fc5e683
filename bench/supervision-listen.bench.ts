import { expect, test } from '../e2e/fixtures';
import { describeTimes } from './stats';

const TRIALS = Number(process.env.BENCH_TRIALS ?? 20);

declare global {
  interface Window {
    __listen?: { clickAt: number; audioAt: number | null }[];
  }
}

/**
 * Listen click on the supervisor's console → the first audio the supervisor's phone receives from
 * the counsellor's seat (inbound RTP bytes on the new call's peer connection, polled in the page
 * every 5 ms, so no Playwright round trip is counted). The floor to compare with: a call's answer
 * → audio (bench/call-setup, ~165 ms median here); this adds the grant, the vouching and the
 * seat's mix. One caller's call stays up; each trial listens, then leaves.
 */
test('listen click → supervisor hears audio', async ({ phones }) => {
  test.setTimeout(TRIALS * 20_000 + 120_000);
  const board = await phones.supervisor();
  const { counsellor, caller } = await phones.answeredCall('13600136199');
  await board.page.evaluate(() => {
    window.__listen = [];
    document.addEventListener(
      'click',
      (event) => {
        if (!(event.target as HTMLElement).closest('button')?.getAttribute('aria-label')?.startsWith('监听 ')) return;
        const peers = (window as unknown as { __peers: RTCPeerConnection[] }).__peers;
        const before = peers.length;
        const entry = { clickAt: Date.now(), audioAt: null as number | null };
        window.__listen?.push(entry);
        const poll = async () => {
          for (const peer of peers.slice(before)) {
            let bytes = 0;
            (await peer.getStats()).forEach((stat: Record<string, unknown>) => {
              if (stat.type === 'inbound-rtp' && stat.kind === 'audio') bytes += Number(stat.bytesReceived ?? 0);
            });
            if (bytes > 0) {
              entry.audioAt = Date.now();
              return;
            }
          }
          setTimeout(() => void poll(), 5);
        };
        void poll();
      },
      true,
    );
  });
  const latencies: number[] = [];
  for (let trial = 0; trial < TRIALS; trial += 1) {
    await board.listenTo('张咨询员');
    await expect.poll(() => board.page.evaluate((index) => window.__listen?.[index]?.audioAt ?? null, trial), { intervals: [20] }).not.toBeNull();
    const { clickAt, audioAt } = await board.page.evaluate((index) => window.__listen?.[index] ?? { clickAt: 0, audioAt: 0 }, trial);
    latencies.push((audioAt ?? 0) - clickAt);
    await board.leave();
    await expect(counsellor.supervisionBanner).toHaveCount(0);
  }
  await caller.hangUp();
  await counsellor.finishWrapUp();
  console.log(describeTimes('listen click → the supervisor’s first inbound audio', latencies, 'floor: answer → audio ~165 ms median'));
});
