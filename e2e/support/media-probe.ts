import type { Page } from '@playwright/test';

/**
 * Installed before any page script: keeps every RTCPeerConnection and Audio element the page
 * makes, and stamps every SIP message crossing the page's WebSockets, so tests and benchmarks can measure the
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
  const NativeAudio = window.Audio;
  const audios = [];
  // A factory, not a subclass: the element must stay a plain HTMLAudioElement.
  window.Audio = function (...args) { const audio = new NativeAudio(...args); audios.push(audio); return audio; };
  window.Audio.prototype = NativeAudio.prototype;
  window.__audios = audios;
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
  // A measuring window, not a wait for something to happen: audio energy is a rate over time.
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

/**
 * Which of `frequencies` can be heard in each live call of the page: an FFT of every received
 * audio track, a tone counting as heard when it is within 25 dB of the loudest tone and well
 * above the noise. Pick frequencies that are no harmonics of each other: Chromium's fake
 * microphone puts a strong second harmonic on a file's tone.
 */
export async function tonesHeard(page: Page, frequencies: number[]): Promise<number[][]> {
  return page.evaluate(async (wanted) => {
    const peers = (window as unknown as { __peers: RTCPeerConnection[] }).__peers.filter((peer) => peer.connectionState === 'connected');
    const heard: number[][] = [];
    for (const peer of peers) {
      const track = peer
        .getReceivers()
        .map((receiver) => receiver.track)
        .find((candidate) => candidate.kind === 'audio' && candidate.readyState === 'live');
      if (!track) continue;
      const context = new AudioContext();
      const analyser = context.createAnalyser();
      analyser.fftSize = 8192;
      analyser.smoothingTimeConstant = 0.8;
      context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
      // The analyser's averaging window: a spectrum needs this much audio, there is no event to await.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const spectrum = new Float32Array(analyser.frequencyBinCount);
      analyser.getFloatFrequencyData(spectrum);
      const binHz = context.sampleRate / analyser.fftSize;
      const sorted = [...spectrum].filter(Number.isFinite).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? -140;
      const level = (frequency: number) => {
        const centre = Math.round(frequency / binHz);
        return Math.max(...Array.from(spectrum.slice(centre - 3, centre + 4)));
      };
      const loudest = Math.max(...wanted.map(level));
      heard.push(wanted.filter((frequency) => level(frequency) > Math.max(median + 40, loudest - 25)));
      await context.close();
    }
    return heard;
  }, frequencies);
}

/**
 * Which of `frequencies` the person at `page` hears: the sum of every audio element the page plays
 * (not paused, not muted; a track switched off, as a held call's is, is silence), analysed as in
 * tonesHeard. A call's audio can arrive and still not be played (a supervisor who only listens).
 */
export async function tonesPlayed(page: Page, frequencies: number[]): Promise<number[]> {
  return page.evaluate(async (wanted) => {
    const audios = (window as unknown as { __audios: HTMLAudioElement[] }).__audios;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 8192;
    analyser.smoothingTimeConstant = 0.8;
    for (const audio of audios) {
      if (audio.paused || audio.muted || !(audio.srcObject instanceof MediaStream)) continue;
      const tracks = audio.srcObject.getAudioTracks().filter((track) => track.readyState === 'live');
      if (tracks.length > 0) context.createMediaStreamSource(new MediaStream(tracks)).connect(analyser);
    }
    // The analyser's averaging window: a spectrum needs this much audio, there is no event to await.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const spectrum = new Float32Array(analyser.frequencyBinCount);
    analyser.getFloatFrequencyData(spectrum);
    const binHz = context.sampleRate / analyser.fftSize;
    const sorted = [...spectrum].filter(Number.isFinite).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? -140;
    const level = (frequency: number) => {
      const centre = Math.round(frequency / binHz);
      return Math.max(...Array.from(spectrum.slice(centre - 3, centre + 4)));
    };
    const loudest = Math.max(...wanted.map(level));
    await context.close();
    return wanted.filter((frequency) => level(frequency) > Math.max(median + 40, loudest - 25));
  }, frequencies);
}
