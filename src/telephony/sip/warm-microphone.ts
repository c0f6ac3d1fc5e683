/** Opens the microphone: getUserMedia in the browser, a fake in the telephony tests. */
export type OpenMicrophone = (constraints: MediaStreamConstraints) => Promise<MediaStream>;

interface Warm {
  callId: string;
  key: string;
  stream: Promise<MediaStream>;
}

function stopTracks(stream: Promise<MediaStream>): void {
  // A microphone that could not be opened has nothing to stop; the answer reports the failure.
  void stream.then((opened) => opened.getTracks().forEach((track) => track.stop())).catch(() => undefined);
}

/**
 * The microphone, opened while a call rings so that answering does not wait for it: getUserMedia
 * took 20–50 ms of the answer → audio time on the workstation (bench/call-setup), the largest
 * share of its gap to a bare sip.js page. Nothing is sent until the call is answered (the stream
 * only joins a peer connection then); a call that ends unanswered closes it again.
 */
export class MicrophoneWarmer {
  private warm: Warm | null = null;

  constructor(private readonly open: OpenMicrophone) {}

  /**
   * While `callId` rings: open the microphone the answer will ask for, or hand it `lent` (a copy of
   * a microphone already open: a supervisor's call, whose audio out is the seat's mix anyway).
   */
  prepare(callId: string, constraints: MediaStreamConstraints, lent?: MediaStream): void {
    this.drop();
    const stream = lent ? Promise.resolve(lent) : this.open(constraints);
    // Kept for take(), which hands a failure on to the answer; not an unhandled rejection meanwhile.
    stream.catch(() => undefined);
    this.warm = { callId, key: JSON.stringify(constraints), stream };
  }

  /**
   * The stream opened for these constraints, handed over once (the call's media now owns and
   * stops it); null when none is open for them, e.g. the counsellor chose another microphone
   * while the call rang, and then the one opened is closed.
   */
  take(constraints: MediaStreamConstraints): Promise<MediaStream> | null {
    const warm = this.warm;
    this.warm = null;
    if (!warm) return null;
    if (warm.key === JSON.stringify(constraints)) return warm.stream;
    stopTracks(warm.stream);
    return null;
  }

  /** The call ended (declined, cancelled, answered elsewhere): close what was opened for it. */
  release(callId: string): void {
    if (this.warm?.callId === callId) this.drop();
  }

  private drop(): void {
    if (this.warm) stopTracks(this.warm.stream);
    this.warm = null;
  }
}
