import type { Hearing, Party } from './who-hears-whom';

/** A source of the mix: a party's voice, or the chime a held caller hears. */
export type MixSource = Party | 'hold';
/** A party the counsellor's browser sends a mix to, on that party's call. */
export type MixOutput = Exclude<Party, 'counsellor'>;

interface Output {
  sender: RTCRtpSender;
  /** What the call sent before it was mixed, given back when it leaves the mix. */
  original: MediaStreamTrack | null;
  destination: MediaStreamAudioDestinationNode;
  gains: Map<MixSource, GainNode>;
}

/**
 * The one mix at the counsellor's seat (conference and supervision alike): each party's call is
 * sent its own mix of the others, weighted by the who-hears-whom rule. A change of rule (mute, a
 * new supervision mode) only moves gains: no call is renegotiated, and each call's sender has its
 * track replaced once, by this mixer only. The counsellor hears the parties through the calls' own
 * audio elements.
 */
export class SeatMixer {
  private readonly context = new AudioContext();
  private readonly sources = new Map<MixSource, { track: MediaStreamTrack; node: MediaStreamAudioSourceNode }>();
  private readonly outputs = new Map<MixOutput, Output>();
  private weights: { hearing: Hearing; holdTo: MixOutput | null } | null = null;

  /** What a party contributes (its remote audio; the counsellor's microphone); null: nothing. */
  setSource(source: MixSource, track: MediaStreamTrack | null): void {
    const current = this.sources.get(source);
    if (current?.track === track) return;
    if (current) {
      current.node.disconnect();
      for (const output of this.outputs.values()) output.gains.get(source)?.disconnect();
      for (const output of this.outputs.values()) output.gains.delete(source);
      this.sources.delete(source);
    }
    if (!track) return;
    this.sources.set(source, { track, node: this.context.createMediaStreamSource(new MediaStream([track])) });
    this.wire();
  }

  /** Sends this party's call the mix (its sender's track replaced), or gives it its own track back (null). */
  setOutput(party: MixOutput, sender: RTCRtpSender | null): void {
    const current = this.outputs.get(party);
    if (current?.sender === sender) return;
    if (current) {
      this.outputs.delete(party);
      for (const gain of current.gains.values()) gain.disconnect();
      void current.sender.replaceTrack(current.original).catch(() => undefined);
    }
    if (!sender) return;
    const destination = this.context.createMediaStreamDestination();
    this.outputs.set(party, { sender, original: sender.track, destination, gains: new Map() });
    const [track] = destination.stream.getAudioTracks();
    if (track) void sender.replaceTrack(track).catch(() => undefined);
    this.wire();
  }

  /** Who hears whom now; `holdTo`: the party (the caller) who hears the hold chime instead. */
  apply(hearing: Hearing, holdTo: MixOutput | null): void {
    this.weights = { hearing, holdTo };
    for (const [party, output] of this.outputs) {
      for (const [source, gain] of output.gains) {
        const heard = source === 'hold' ? holdTo === party : hearing[party].includes(source);
        gain.gain.value = heard ? 1 : 0;
      }
    }
  }

  stop(): void {
    for (const party of [...this.outputs.keys()]) this.setOutput(party, null);
    void this.context.close().catch(() => undefined);
  }

  /** Every source into every output through its own gain, silent until the rule says otherwise. */
  private wire(): void {
    for (const output of this.outputs.values()) {
      for (const [source, { node }] of this.sources) {
        if (output.gains.has(source)) continue;
        const gain = this.context.createGain();
        gain.gain.value = 0;
        node.connect(gain).connect(output.destination);
        output.gains.set(source, gain);
      }
    }
    if (this.weights) this.apply(this.weights.hearing, this.weights.holdTo);
  }
}
