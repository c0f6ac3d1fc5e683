import { test } from '../e2e/fixtures';
import { sipLog } from '../e2e/support/media-probe';
import { describeTimes } from './stats';

const CALLS = Number(process.env.BENCH_CALLS ?? 50);

/**
 * INVITE sent by the simulator → ring visible on the counsellor's screen, and answer click →
 * first inbound audio bytes, over real calls. Both pages run in one browser on one machine, so
 * their Date.now() clocks agree to the millisecond.
 */
test('call set-up: ring and answer-to-audio latency', async ({ phones }) => {
  const counsellor = await phones.counsellor();
  const caller = await phones.caller();
  await counsellor.page.evaluate(() => {
    const marks = { ring: [] as number[], answerClick: [] as number[], audio: [] as number[] };
    (window as unknown as { __marks: typeof marks }).__marks = marks;
    new MutationObserver(() => {
      const alert = document.querySelector('[role="alertdialog"]');
      if (alert && !alert.hasAttribute('data-seen')) {
        alert.setAttribute('data-seen', '');
        marks.ring.push(Date.now());
      }
    }).observe(document.body, { childList: true, subtree: true });
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as HTMLElement;
        if (target.closest('[role="alertdialog"] button')?.textContent?.includes('接听')) marks.answerClick.push(Date.now());
      },
      true,
    );
  });

  const ring: number[] = [];
  const audio: number[] = [];
  for (let call = 0; call < CALLS; call++) {
    const sentBefore = (await sipLog(caller.page)).length;
    await caller.dialHotline(`1390000${String(call).padStart(4, '0')}`);
    await counsellor.incoming.waitFor();
    const invite = (await sipLog(caller.page)).slice(sentBefore).find((stamp) => stamp.dir === 'out' && stamp.line.startsWith('INVITE'));
    await counsellor.answer();
    const { ringAt, clickAt, audioAt } = await counsellor.page.evaluate(async () => {
      const marks = (window as unknown as { __marks: { ring: number[]; answerClick: number[] } }).__marks;
      const peers = (window as unknown as { __peers: RTCPeerConnection[] }).__peers;
      const live = peers[peers.length - 1];
      for (;;) {
        let bytes = 0;
        (await live?.getStats())?.forEach((stat: Record<string, unknown>) => {
          if (stat.type === 'inbound-rtp' && stat.kind === 'audio') bytes += Number(stat.bytesReceived ?? 0);
        });
        if (bytes > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return { ringAt: marks.ring.at(-1) ?? 0, clickAt: marks.answerClick.at(-1) ?? 0, audioAt: Date.now() };
    });
    if (invite) ring.push(ringAt - invite.at);
    audio.push(audioAt - clickAt);
    await counsellor.hangUp();
    await counsellor.finishWrapUp();
    await caller.expectNoCall();
  }
  console.log(describeTimes('INVITE sent → ring visible', ring, 'p95 ≤ 100 ms'));
  console.log(describeTimes('answer click → first inbound audio bytes', audio, 'p95 ≤ 300 ms'));
});
