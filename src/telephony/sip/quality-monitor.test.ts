import { Web, type Session } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextEvent, SipRig } from './testing/sip-rig';

/** What the browser's peer connection reports: one nominated pair and the caller's inbound audio. */
class FakePeerConnection {
  stats = { rtt: 0.04, jitter: 0.005, received: 0, lost: 0 };
  readonly getStats = vi.fn(() =>
    Promise.resolve(
      new Map<string, Record<string, unknown>>([
        ['pair', { type: 'candidate-pair', nominated: true, currentRoundTripTime: this.stats.rtt }],
        ['in', { type: 'inbound-rtp', kind: 'audio', jitter: this.stats.jitter, packetsReceived: this.stats.received, packetsLost: this.stats.lost }],
      ]),
    ),
  );
  getSenders(): RTCRtpSender[] {
    return [];
  }
  getReceivers(): RTCRtpReceiver[] {
    return [];
  }
  close(): void {}
}

class FakeMediaStream {
  getTracks(): MediaStreamTrack[] {
    return [];
  }
  getAudioTracks(): MediaStreamTrack[] {
    return [];
  }
}

/** sip.js's WebRTC handler over the fake peer connection, with the offer/answer of a signalling test. */
class StatsSdh extends Web.SessionDescriptionHandler {
  override getDescription(options?: Web.SessionDescriptionHandlerOptions): Promise<{ body: string; contentType: string }> {
    const direction = options?.hold ? 'sendonly' : 'sendrecv';
    const body = ['v=0', 'o=- 1 1 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 127.0.0.1', 't=0 0', 'm=audio 9 RTP/AVP 0', `a=${direction}`, ''].join('\r\n');
    return Promise.resolve({ body, contentType: 'application/sdp' });
  }
  override setDescription(): Promise<void> {
    return Promise.resolve();
  }
  override close(): void {}
}

let rig: SipRig;
let peers: FakePeerConnection[];

beforeEach(() => {
  vi.useFakeTimers();
  peers = [];
  vi.stubGlobal('MediaStream', FakeMediaStream);
  vi.stubGlobal(
    'RTCPeerConnection',
    class extends FakePeerConnection {
      constructor() {
        super();
        peers.push(this);
      }
    },
  );
  // jsdom plays no audio; the phone plays the caller's voice on answer.
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  rig = new SipRig();
});

afterEach(async () => {
  await rig.close();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('QualityMonitor', () => {
  it('rates each connected call every two seconds from its statistics, and stops when no call is left', async () => {
    const sdh = (session: Session) => new StatsSdh(session.userAgent.getLogger('sip.test'), () => Promise.resolve(new MediaStream()));
    const phone = await rig.phone('2001', { sdh });
    const caller = await rig.peer('13800000000');
    const { placed, callId } = await phone.callFrom(caller);
    const [peer] = peers;
    if (!peer) throw new Error('no peer connection');

    peer.stats = { rtt: 0.04, jitter: 0.005, received: 1000, lost: 0 };
    await vi.advanceTimersByTimeAsync(2000);
    expect(phone.registry.find(callId)?.quality).toEqual({ rttMs: 40, jitterMs: 5, lossPercent: 0, level: 'good' });

    // Loss is measured over the last interval: 100 lost of the last 1000.
    peer.stats = { rtt: 0.04, jitter: 0.005, received: 1900, lost: 100 };
    await vi.advanceTimersByTimeAsync(2000);
    expect(phone.registry.find(callId)?.quality).toEqual({ rttMs: 40, jitterMs: 5, lossPercent: 10, level: 'poor' });

    const ended = nextEvent(phone.registry, 'call-ended');
    await placed.inviter.bye();
    expect((await ended).call.quality).toBeNull();
    const samples = peer.getStats.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(peer.getStats).toHaveBeenCalledTimes(samples);
  });
});
