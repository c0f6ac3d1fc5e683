/**
 * The incoming-call ring, synthesised (no audio file to load) and played through an audio
 * element so it can go to a chosen output: many counsellors want the ring on the desk speaker
 * and the call in the headset.
 */
const PATTERN_MS = { on: 1000, off: 2000 };
const TONES_HZ = [440, 480];

export class Ringtone {
  private context: AudioContext | null = null;
  private element: HTMLAudioElement | null = null;
  private gain: GainNode | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  get playing(): boolean {
    return this.timer !== null;
  }

  async start(deviceId: string | null): Promise<void> {
    if (this.playing || typeof AudioContext === 'undefined') return;
    const context = new AudioContext();
    const destination = context.createMediaStreamDestination();
    const gain = context.createGain();
    gain.gain.value = 0;
    gain.connect(destination);
    for (const frequency of TONES_HZ) {
      const oscillator = context.createOscillator();
      oscillator.frequency.value = frequency;
      oscillator.connect(gain);
      oscillator.start();
    }
    const element = new Audio();
    element.srcObject = destination.stream;
    if (deviceId && 'setSinkId' in element) await element.setSinkId(deviceId).catch(() => undefined);
    this.context = context;
    this.element = element;
    this.gain = gain;
    const ring = () => {
      const now = context.currentTime;
      gain.gain.setValueAtTime(0.15, now);
      gain.gain.setValueAtTime(0, now + PATTERN_MS.on / 1000);
    };
    ring();
    this.timer = setInterval(ring, PATTERN_MS.on + PATTERN_MS.off);
    await element.play().catch(() => undefined);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.gain?.disconnect();
    this.element?.pause();
    if (this.element) this.element.srcObject = null;
    void this.context?.close().catch(() => undefined);
    this.context = null;
    this.element = null;
    this.gain = null;
  }
}
