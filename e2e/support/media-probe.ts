import type { Page } from '@playwright/test';

/**
 * Installed before any page script: keeps every RTCPeerConnection the page makes, and stamps
 * every SIP message crossing the page's WebSockets, so tests and benchmarks can measure the
 * real media and signalling without any hook in the app.
 */
export const probeScript = `(() => {
  const NativePeerConnection = window.RTCPeerConnection;
  const peers = [];
  window.RTCPeerConnection = class extends NativePeerConnection {
    constructor(...args) { super(...args); peers.push(this); }
  };
  window.__peers = peers;
  const NativeWebSocket = window.WebSocket;
  const sip = [];
  const firstLine = (data) => typeof data === 'string' ? data.slice(0, data.indexOf('\\r\\n')) : '';
  window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => sip.push({ dir: 'in', at: Date.now(), line: firstLine(event.data) }));
    }
    send(data) { sip.push({ dir: 'out', at: Date.now(), line: firstLine(data) }); return super.send(data); }
  };
  window.__sip = sip;
})();`;

export interface AudioCounters {
  /** Bytes of audio RTP received on live peer connections. */
  received: number;
  /** Bytes of audio RTP sent. */
  sent: number;
  /** Sum of totalAudioEnergy of received audio: grows only while sound (not silence) arrives. */
  energy: number;
  /** Live (not closed) peer connections. */
  peers: number;
}

export async function audioCounters(page: Page): Promise<AudioCounters> {
  return page.evaluate(async () => {
    const peers = (window as unknown as { __peers: RTCPeerConnection[] }).__peers;
    const totals = { received: 0, sent: 0, energy: 0, peers: 0 };
    for (const peer of peers) {
      if (peer.connectionState === 'closed') continue;
      totals.peers += 1;
      const stats = await peer.getStats();
      stats.forEach((stat: Record<string, unknown>) => {
        if (stat.kind !== 'audio') return;
        if (stat.type === 'inbound-rtp') {
          totals.received += Number(stat.bytesReceived ?? 0);
          totals.energy += Number(stat.totalAudioEnergy ?? 0);
        }
        if (stat.type === 'outbound-rtp') totals.sent += Number(stat.bytesSent ?? 0);
      });
    }
    return totals;
  });
}

/** How much audio arrives at `page` over `ms`. */
export async function audioArrivingOver(page: Page, ms = 1500): Promise<{ bytes: number; energy: number }> {
  const before = await audioCounters(page);
  await page.waitForTimeout(ms);
  const after = await audioCounters(page);
  return { bytes: after.received - before.received, energy: after.energy - before.energy };
}

export interface SipStamp {
  dir: 'in' | 'out';
  at: number;
  line: string;
}

export async function sipLog(page: Page): Promise<SipStamp[]> {
  return page.evaluate(() => (window as unknown as { __sip: SipStamp[] }).__sip.slice());
}
