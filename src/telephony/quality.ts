import type { CallQuality, QualityLevel } from './types';

export interface StatsSample {
  rttMs: number | null;
  jitterMs: number | null;
  packetsReceived: number;
  packetsLost: number;
}

/**
 * Thresholds follow common VoIP guidance (ITU-T G.114 for delay; jitter and loss limits used by
 * softphone vendors): a counsellor should know when a caller's silence may be the line, not the caller.
 */
export function rateQuality(rttMs: number | null, jitterMs: number | null, lossPercent: number | null): QualityLevel {
  const rtt = rttMs ?? 0;
  const jitter = jitterMs ?? 0;
  const loss = lossPercent ?? 0;
  if (rtt > 400 || jitter > 60 || loss > 5) return 'poor';
  if (rtt > 150 || jitter > 30 || loss > 1) return 'fair';
  return 'good';
}

/** Loss over the interval between two samples, not since the call began, so recovery shows. */
export function qualityBetween(previous: StatsSample | null, current: StatsSample): CallQuality {
  const received = current.packetsReceived - (previous?.packetsReceived ?? 0);
  const lost = current.packetsLost - (previous?.packetsLost ?? 0);
  const expected = received + lost;
  const lossPercent = expected > 0 ? Math.max(0, (lost / expected) * 100) : null;
  return {
    rttMs: current.rttMs,
    jitterMs: current.jitterMs,
    lossPercent: lossPercent === null ? null : Math.round(lossPercent * 10) / 10,
    level: rateQuality(current.rttMs, current.jitterMs, lossPercent),
  };
}

/** Reads the numbers that matter for a voice call out of an RTCStatsReport. */
export function sampleFromStats(report: RTCStatsReport): StatsSample {
  let rttMs: number | null = null;
  let jitterMs: number | null = null;
  let packetsReceived = 0;
  let packetsLost = 0;
  report.forEach((stat: Record<string, unknown>) => {
    if (stat.type === 'candidate-pair' && stat.nominated === true && typeof stat.currentRoundTripTime === 'number') {
      rttMs = Math.round(stat.currentRoundTripTime * 1000);
    }
    if (stat.type === 'inbound-rtp' && stat.kind === 'audio') {
      if (typeof stat.jitter === 'number') jitterMs = Math.round(stat.jitter * 1000);
      if (typeof stat.packetsReceived === 'number') packetsReceived += stat.packetsReceived;
      if (typeof stat.packetsLost === 'number') packetsLost += stat.packetsLost;
    }
  });
  return { rttMs, jitterMs, packetsReceived, packetsLost };
}
