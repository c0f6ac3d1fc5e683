import { SessionState } from 'sip.js';
import type { CallRegistry } from '../call-registry';
import { qualityBetween, sampleFromStats } from '../quality';
import { descriptionHandler } from './call-media';
import type { PhoneContext } from './phone-context';

const STATS_INTERVAL_MS = 2000;

/** Samples WebRTC statistics of every connected call while there is one, for the quality line. */
export class QualityMonitor {
  private readonly registry: CallRegistry;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly phone: PhoneContext) {
    this.registry = phone.registry;
  }

  start(): void {
    this.timer ??= setInterval(() => void this.sample(), STATS_INTERVAL_MS);
  }

  /** Stops once no call is left, so an idle seat does no work. */
  stopIfIdle(): void {
    if (this.phone.live.size === 0) this.stop();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async sample(): Promise<void> {
    await Promise.all(
      [...this.phone.live.values()].map(async (live) => {
        const peer = descriptionHandler(live)?.peerConnection;
        if (!peer || live.session.state !== SessionState.Established) return;
        try {
          const sample = sampleFromStats(await peer.getStats());
          this.registry.patch(live.id, { quality: qualityBetween(live.lastSample, sample) });
          live.lastSample = sample;
        } catch {
          // A peer connection closing between the check and getStats: no figure, shown as unknown.
          this.registry.patch(live.id, { quality: null });
        }
      }),
    );
  }
}
