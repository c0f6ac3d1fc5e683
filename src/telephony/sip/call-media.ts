import { Web, type Session } from 'sip.js';
import { HoldTone } from '../audio-mixer';
import { microphoneConstraints, routeToSpeaker } from '../media';
import type { StatsSample } from '../quality';
import type { CallProblem, EndReason } from '../types';

/** What this module keeps of one call besides its snapshot: the sip.js session and its media. */
export interface LiveCall {
  id: string;
  session: Session;
  audio: HTMLAudioElement | null;
  /** Set by whoever ends the call first; read when sip.js reports Terminated. */
  endReason: EndReason | null;
  lastSample: StatsSample | null;
  holdTone: HoldTone | null;
  /** Its sender carries the seat's mix (conference, supervision): mute and hold are the mix's then. */
  mixed: boolean;
  /** On a consultation call: join the conference as soon as it is answered. */
  conferenceOnAnswer: boolean;
}

export function newLiveCall(id: string, session: Session): LiveCall {
  return { id, session, audio: null, endReason: null, lastSample: null, holdTone: null, mixed: false, conferenceOnAnswer: false };
}

export function descriptionHandler(live: LiveCall): Web.SessionDescriptionHandler | null {
  const handler = live.session.sessionDescriptionHandler;
  return handler instanceof Web.SessionDescriptionHandler ? handler : null;
}

export function audioSender(live: LiveCall): RTCRtpSender | undefined {
  return descriptionHandler(live)
    ?.peerConnection?.getSenders()
    .find((sender) => sender.track?.kind === 'audio' || sender.track === null);
}

export function microphoneTrack(live: LiveCall): MediaStreamTrack | undefined {
  return descriptionHandler(live)?.localMediaStream.getAudioTracks()[0];
}

/**
 * Plays the other party on the chosen headset. Answers what went wrong, if anything: a headset
 * that cannot be chosen still plays on the system output; a blocked autoplay needs a click.
 */
export async function playRemoteAudio(live: LiveCall, speakerId: string | null, muted = false): Promise<CallProblem | null> {
  const handler = descriptionHandler(live);
  if (!handler) return null;
  const audio = new Audio();
  audio.muted = muted;
  audio.autoplay = true;
  audio.srcObject = handler.remoteMediaStream;
  live.audio = audio;
  let problem: CallProblem | null = null;
  await routeToSpeaker(audio, speakerId).catch(() => {
    problem = 'speaker-failed';
  });
  await audio.play().catch(() => {
    problem = 'playback-blocked';
  });
  return problem;
}

/**
 * Calls `onFlowing` once the other side's audio starts to arrive: a received track is muted
 * until its first packet. Also after `fallbackMs`, so a screen waiting for it never waits long.
 */
export function whenAudioFlows(live: LiveCall, fallbackMs: number, onFlowing: () => void): void {
  const track = descriptionHandler(live)
    ?.peerConnection?.getReceivers()
    .map((receiver) => receiver.track)
    .find((candidate) => candidate.kind === 'audio');
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    track?.removeEventListener('unmute', fire);
    onFlowing();
  };
  const timer = setTimeout(fire, track && track.muted ? fallbackMs : 0);
  track?.addEventListener('unmute', fire);
}

export function stopMedia(live: LiveCall): void {
  if (live.audio) {
    live.audio.pause();
    live.audio.srcObject = null;
  }
  live.holdTone?.stop();
  live.holdTone = null;
}

/**
 * Held: the other side hears the hold chime instead of the counsellor, and the counsellor hears
 * nothing from them. Muted: the counsellor's voice is silenced. A mixed call's sender is the
 * mix's (seat-audio.ts): only what it receives is switched here.
 */
export async function applyTrackState(live: LiveCall, state: { held: boolean; muted: boolean }): Promise<void> {
  const handler = descriptionHandler(live);
  const sender = audioSender(live);
  if (!handler || !sender) return;
  handler.enableReceiverTracks(!state.held);
  if (live.mixed) return;
  if (state.held) {
    live.holdTone ??= new HoldTone();
    const tone = live.holdTone.track;
    if (tone) {
      await sender.replaceTrack(tone);
      tone.enabled = true;
    }
    return;
  }
  if (live.holdTone) {
    await sender.replaceTrack(microphoneTrack(live) ?? null);
    live.holdTone.stop();
    live.holdTone = null;
  }
  handler.enableSenderTracks(!state.muted);
}

/** A different headset mid-call: the new microphone replaces the old one on the call as it runs. */
export async function switchMicrophone(live: LiveCall, deviceId: string, silenced: boolean): Promise<void> {
  const handler = descriptionHandler(live);
  const sender = audioSender(live);
  if (!handler || !sender) return;
  const stream = await navigator.mediaDevices.getUserMedia(microphoneConstraints(deviceId));
  const [track] = stream.getAudioTracks();
  if (!track) return;
  const previous = microphoneTrack(live);
  if (previous) handler.localMediaStream.removeTrack(previous);
  handler.localMediaStream.addTrack(track);
  track.enabled = !silenced;
  if (!live.holdTone && !live.mixed) await sender.replaceTrack(track);
  previous?.stop();
}
