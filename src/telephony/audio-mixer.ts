/**
 * Audio built in the browser, because the dev PBX (like many centre PBXs) neither mixes
 * conferences nor plays music on hold: telephony-facts.md measured the browser mix working.
 */

/** A quiet two-note chime every three seconds: a held caller knows the line is still open. */
export class HoldTone {
  private readonly context = new AudioContext();
  private readonly destination = this.context.createMediaStreamDestination();
  private readonly timer: ReturnType<typeof setInterval>;

  constructor() {
    const chime = () => {
      const now = this.context.currentTime;
      [523.25, 659.25].forEach((frequency, index) => {
        const oscillator = this.context.createOscillator();
        const gain = this.context.createGain();
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0, now + index * 0.35);
        gain.gain.linearRampToValueAtTime(0.08, now + index * 0.35 + 0.05);
        gain.gain.linearRampToValueAtTime(0, now + index * 0.35 + 0.6);
        oscillator.connect(gain).connect(this.destination);
        oscillator.start(now + index * 0.35);
        oscillator.stop(now + index * 0.35 + 0.65);
      });
    };
    chime();
    this.timer = setInterval(chime, 3000);
  }

  get track(): MediaStreamTrack | undefined {
    return this.destination.stream.getAudioTracks()[0];
  }

  stop(): void {
    clearInterval(this.timer);
    void this.context.close().catch(() => undefined);
  }
}
