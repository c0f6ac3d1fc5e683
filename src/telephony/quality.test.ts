import { describe, expect, it } from 'vitest';
import { qualityBetween, rateQuality, sampleFromStats } from './quality';

describe('rateQuality', () => {
  it.each([
    [20, 5, 0, 'good'],
    [null, null, null, 'good'],
    [150, 30, 1, 'good'],
    [151, 5, 0, 'fair'],
    [20, 31, 0, 'fair'],
    [20, 5, 1.5, 'fair'],
    [401, 5, 0, 'poor'],
    [20, 61, 0, 'poor'],
    [20, 5, 5.1, 'poor'],
  ] as const)('rtt %s ms, jitter %s ms, loss %s %% → %s', (rtt, jitter, loss, level) => {
    expect(rateQuality(rtt, jitter, loss)).toBe(level);
  });
});

describe('qualityBetween', () => {
  it('measures loss over the interval only', () => {
    const first = { rttMs: 10, jitterMs: 2, packetsReceived: 1000, packetsLost: 100 };
    const second = { rttMs: 10, jitterMs: 2, packetsReceived: 1100, packetsLost: 100 };
    expect(qualityBetween(first, second)).toEqual({ rttMs: 10, jitterMs: 2, lossPercent: 0, level: 'good' });
  });

  it('reports loss as a percentage of expected packets', () => {
    const first = { rttMs: 10, jitterMs: 2, packetsReceived: 0, packetsLost: 0 };
    const second = { rttMs: 10, jitterMs: 2, packetsReceived: 90, packetsLost: 10 };
    expect(qualityBetween(first, second).lossPercent).toBe(10);
    expect(qualityBetween(first, second).level).toBe('poor');
  });

  it('has no loss figure before any packet arrived', () => {
    expect(qualityBetween(null, { rttMs: null, jitterMs: null, packetsReceived: 0, packetsLost: 0 }).lossPercent).toBeNull();
  });
});

describe('sampleFromStats', () => {
  it('takes rtt from the nominated pair and jitter and counts from inbound audio', () => {
    const stats: RTCStatsReport = new Map<string, Record<string, unknown>>([
      ['p1', { type: 'candidate-pair', nominated: false, currentRoundTripTime: 0.9 }],
      ['p2', { type: 'candidate-pair', nominated: true, currentRoundTripTime: 0.042 }],
      ['in', { type: 'inbound-rtp', kind: 'audio', jitter: 0.0031, packetsReceived: 500, packetsLost: 3 }],
      ['out', { type: 'outbound-rtp', kind: 'audio', packetsSent: 700 }],
    ]);
    expect(sampleFromStats(stats)).toEqual({
      rttMs: 42,
      jitterMs: 3,
      packetsReceived: 500,
      packetsLost: 3,
    });
  });
});
