import { SessionState } from 'sip.js';
import { HoldTone } from '../audio-mixer';
import { SeatMixer, type MixOutput } from '../seat-mixer';
import { callerAndConsultation } from '../call-facts';
import { whoHearsWhom, type HearingState } from '../who-hears-whom';
import { applyTrackState, audioSender, descriptionHandler, microphoneTrack, type LiveCall } from './call-media';
import type { PhoneContext } from './phone-context';

function connected(live: LiveCall | undefined): live is LiveCall {
  return live?.session.state === SessionState.Established;
}

function remoteTrack(live: LiveCall): MediaStreamTrack | null {
  return descriptionHandler(live)?.remoteMediaStream.getAudioTracks()[0] ?? null;
}

/**
 * Keeps the seat's audio as the who-hears-whom rule says, after every change of the calls (hold,
 * mute, consultation, conference, a supervisor's arrival, mode or departure): it follows the
 * registry rather than being told, so no path that changes a call can forget it. A plain call is
 * left alone; a conference or a supervised call goes through the one SeatMixer.
 */
export class SeatAudio {
  private mixer: SeatMixer | null = null;
  private readonly mixed = new Map<MixOutput, LiveCall>();

  constructor(private readonly phone: PhoneContext) {
    phone.registry.store.subscribe(() => this.update());
  }

  update(): void {
    const calls = this.phone.registry.calls();
    const { caller, consulted } = callerAndConsultation(calls);
    const supervision = calls.find((call) => call.leg === 'supervision' && call.phase === 'active' && call.supervision);
    const callerLive = caller ? this.phone.live.get(caller.id) : undefined;
    const consultedLive = consulted?.phase === 'active' ? this.phone.live.get(consulted.id) : undefined;
    const supervisorLive = supervision ? this.phone.live.get(supervision.id) : undefined;
    // In a conference one mute silences the counsellor to both parties, as the conference always did.
    const mutedInConference = (caller?.muted ?? false) || (consulted?.muted ?? false);
    const state: HearingState = {
      held: caller?.held ?? false,
      consulting: connected(consultedLive),
      conference: caller?.conference ?? false,
      supervision: connected(supervisorLive) ? (supervision?.supervision?.mode ?? 'none') : 'none',
      muted: caller?.conference ? mutedInConference : (caller?.muted ?? false),
    };
    const hearing = {
      ...whoHearsWhom(state),
      consulted: whoHearsWhom({ ...state, muted: state.conference ? mutedInConference : (consulted?.muted ?? false) }).consulted,
    };
    // The supervisor's voice reaches the counsellor by its call's own audio element, or not at all.
    if (supervisorLive?.audio) supervisorLive.audio.muted = !hearing.counsellor.includes('supervisor');
    if (!caller || !connected(callerLive) || !(state.conference || state.supervision !== 'none')) {
      this.stop();
      return;
    }
    // A call without WebRTC media (the unit tests' signalling-only calls) has nothing to mix.
    if (!audioSender(callerLive)) return;
    const mixer = (this.mixer ??= new SeatMixer());
    this.mix('caller', callerLive);
    this.mix('consulted', state.consulting ? consultedLive : undefined);
    this.mix('supervisor', state.supervision !== 'none' ? supervisorLive : undefined);
    mixer.setSource('counsellor', microphoneTrack(callerLive) ?? null);
    mixer.setSource('caller', remoteTrack(callerLive));
    mixer.setSource('consulted', state.consulting && consultedLive ? remoteTrack(consultedLive) : null);
    mixer.setSource('supervisor', state.supervision !== 'none' && supervisorLive ? remoteTrack(supervisorLive) : null);
    // A mixed caller on hold hears the chime through the mix; taken off hold, the chime stops.
    if (state.held) callerLive.holdTone ??= new HoldTone();
    mixer.setSource('hold', state.held ? (callerLive.holdTone?.track ?? null) : null);
    if (!state.held && callerLive.holdTone) {
      callerLive.holdTone.stop();
      callerLive.holdTone = null;
    }
    mixer.apply(hearing, state.held ? 'caller' : null);
  }

  /** Puts a call into the mix (or takes it out again, handing it back its own microphone or chime). */
  private mix(party: MixOutput, live: LiveCall | undefined): void {
    const before = this.mixed.get(party);
    if (before === live) return;
    if (before) this.release(party, before);
    const sender = live ? audioSender(live) : undefined;
    if (!live || !sender || !this.mixer) return;
    // Muting is the mixer's now: the microphone itself stays on, or every mix would lose it.
    const microphone = microphoneTrack(live);
    if (microphone) microphone.enabled = true;
    live.mixed = true;
    this.mixed.set(party, live);
    this.mixer.setOutput(party, sender);
  }

  private release(party: MixOutput, live: LiveCall): void {
    this.mixed.delete(party);
    this.mixer?.setOutput(party, null);
    live.mixed = false;
    const call = this.phone.registry.find(live.id);
    if (call && this.phone.live.get(live.id) === live) void applyTrackState(live, { held: call.held, muted: call.muted });
  }

  private stop(): void {
    if (!this.mixer) return;
    for (const [party, live] of [...this.mixed]) this.release(party, live);
    this.mixer.stop();
    this.mixer = null;
  }
}
