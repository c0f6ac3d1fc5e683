import type { Page } from '@playwright/test';

/** What the answerer's page saw of one answered call, all in Date.now() milliseconds. */
export interface AnswerTiming {
  clickAt: number;
  /** First getStats() that showed inbound audio bytes: what the benchmark reports. */
  audioAt: number;
  /**
   * When the first audio packet actually arrived, from the stats themselves (newest packet's
   * time less 20 ms per earlier packet): tells late media from a main thread too busy to look.
   */
  firstPacketAt: number;
  /** Main-thread long tasks (> 50 ms) between the click and audioAt, summed. */
  longTaskMs: number;
  ok200At: number | null;
  ackAt: number | null;
  ringAt: number;
}

export interface AnswerControls {
  /** Present (and matching) while a call rings. */
  ringSelector: string;
  /** The answer button: matches it and its label contains `answerText`. */
  answerSelector: string;
  answerText: string;
}

/**
 * Installed once in an answering page (the workstation or the bare sip.js page): stamps when the
 * ringing call shows, and from the click on the answer button polls the call's peer connection
 * in the page itself every 5 ms, as a page that wanted to know would, so no Playwright round trip
 * is counted.
 */
export async function installAnswerProbe(page: Page, controls: AnswerControls): Promise<void> {
  await page.evaluate(({ ringSelector, answerSelector, answerText }) => {
    type Stat = Record<string, unknown>;
    const bench = {
      rings: [] as number[],
      calls: [] as Record<string, number | null>[],
      /** Resolves when the call answered last has audio: the test awaits it instead of polling the page. */
      heard: Promise.resolve(),
      longTasks: [] as { start: number; duration: number }[],
    };
    (window as unknown as { __bench: typeof bench }).__bench = bench;
    let ringShown = false;
    new MutationObserver(() => {
      const shown = document.querySelector(ringSelector) !== null;
      if (shown && !ringShown) bench.rings.push(Date.now());
      ringShown = shown;
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: performance.timeOrigin + entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    document.addEventListener(
      'click',
      (event) => {
        if (!(event.target as HTMLElement).closest(answerSelector)?.textContent?.includes(answerText)) return;
        const entry: Record<string, number | null> = { clickAt: Date.now(), audioAt: null, firstPacketAt: null };
        bench.calls.push(entry);
        let heard: () => void = () => undefined;
        bench.heard = new Promise<void>((resolve) => (heard = resolve));
        const poll = async () => {
          const peers = (window as unknown as { __peers: RTCPeerConnection[] }).__peers;
          const peer = peers.filter((candidate) => candidate.signalingState !== 'closed').at(-1);
          let found: Stat | null = null;
          (await peer?.getStats())?.forEach((stat: Stat) => {
            if (stat.type === 'inbound-rtp' && stat.kind === 'audio' && Number(stat.bytesReceived ?? 0) > 0) found = stat;
          });
          if (!found) {
            setTimeout(() => void poll(), 5);
            return;
          }
          const stat = found as Stat;
          entry.audioAt = Date.now();
          entry.firstPacketAt = Number(stat.lastPacketReceivedTimestamp) - 20 * (Number(stat.packetsReceived) - 1);
          heard();
        };
        void poll();
      },
      true,
    );
  }, controls);
}

/** Waits for the audio of the call answered last, and tells what the page saw of it. */
export async function answerTiming(page: Page): Promise<AnswerTiming> {
  return page.evaluate(async () => {
    const bench = (window as unknown as {
      __bench: {
        rings: number[];
        calls: { clickAt: number; audioAt: number; firstPacketAt: number }[];
        heard: Promise<void>;
        longTasks: { start: number; duration: number }[];
      };
    }).__bench;
    await bench.heard;
    const sip = (window as unknown as { __sip: { dir: string; at: number; line: string }[] }).__sip;
    const call = bench.calls.at(-1) as { clickAt: number; audioAt: number; firstPacketAt: number };
    const longTaskMs = bench.longTasks
      .filter((task) => task.start + task.duration > call.clickAt && task.start < call.audioAt)
      .reduce((sum, task) => sum + Math.min(task.start + task.duration, call.audioAt) - Math.max(task.start, call.clickAt), 0);
    const after = sip.filter((stamp) => stamp.at >= call.clickAt);
    const ok200At = after.find((stamp) => stamp.dir === 'out' && stamp.line.startsWith('SIP/2.0 200'))?.at ?? null;
    const ackAt = after.find((stamp) => stamp.dir === 'in' && stamp.line.startsWith('ACK'))?.at ?? null;
    return { ...call, longTaskMs: Math.round(longTaskMs), ok200At, ackAt, ringAt: bench.rings.at(-1) ?? 0 };
  });
}
