import { Invitation, Inviter, SessionState, type Core, type Info, type Referral, type Session } from 'sip.js';
import { hotlineHeaders, HANDOFF_HEADER, parseDialledLine, parseHandoffHeader, PRACTICE_FOR_HEADER, SUPERVISION_HEADER, SUPERVISION_INFO_TYPE, TRAINING_HEADER, type SupervisionMode } from '../../contract';
import type { CallRegistry } from '../call-registry';
import { classifyMediaError, endReasonFromStatus, microphoneConstraints } from '../media';
import { newSnapshot } from '../store';
import type { CallLeg, CallSnapshot, EndReason } from '../types';
import { applyTrackState, newLiveCall, playRemoteAudio, stopMedia, whenAudioFlows, type LiveCall } from './call-media';
import type { PhoneContext } from './phone-context';

/** Longest a screen waits for a call's first audio before doing its deferred work anyway. */
const AUDIO_FLOW_FALLBACK_MS = 1000;

/** A re-INVITE offering sendonly or inactive audio means the other side put us on hold. */
function offersHold(request: Core.IncomingRequestMessage): boolean {
  return /a=(sendonly|inactive)/.test(request.body ?? '');
}

function dtmfFromInfo(info: Info): string | null {
  const match = /Signal\s*=\s*([0-9A-D#*])/i.exec(info.request.body ?? '');
  return match?.[1] ?? null;
}

/** Read afresh (not narrowed by an earlier check): sip.js changes the state while we await. */
function ended(session: Session): boolean {
  return session.state === SessionState.Terminated;
}

/** What the other parts of the phone need to hear about a call's life. */
export interface CallLifeHooks {
  established(live: LiveCall): void;
  /** The call's last snapshot before it was marked ended, and whether it had connected. */
  terminated(call: CallSnapshot, reason: EndReason): void;
  referred(live: LiveCall, referral: Referral): void;
  /** A call carrying a supervision grant: never rung, the supervision part decides. */
  supervisionOffered(invitation: Invitation): void;
  /** A trainer's mock call: it rings only once the training part had the API vouch for it. */
  trainingOffered(invitation: Invitation): void;
  /** An INFO this part does not read (a supervision mode change); answers whether it was taken. */
  info(live: LiveCall, info: Info): boolean;
}

/**
 * One call at a time from offer to end: answering, declining, hanging up, hold, mute and DTMF,
 * placing calls, and turning sip.js session changes into registry steps.
 */
export class SipCallControl {
  private readonly registry: CallRegistry;

  constructor(
    private readonly phone: PhoneContext,
    private readonly hooks: CallLifeHooks,
  ) {
    this.registry = phone.registry;
  }

  incoming(invitation: Invitation): void {
    if (invitation.request.hasHeader(SUPERVISION_HEADER)) return this.hooks.supervisionOffered(invitation);
    if (invitation.request.hasHeader(TRAINING_HEADER)) return this.hooks.trainingOffered(invitation);
    const replaced = [...this.phone.live.values()].find((live) => live.session === invitation.replacee);
    const dialled = invitation.request.getHeader(hotlineHeaders.dialled);
    const line = dialled ? parseDialledLine(dialled.trim()) : null;
    const previous = replaced ? this.registry.find(replaced.id) : undefined;
    const snapshot: CallSnapshot = {
      ...newSnapshot({
        id: invitation.id,
        sipCallId: invitation.request.callId,
        direction: 'inbound',
        leg: line ? 'caller' : 'direct',
        remoteNumber: invitation.remoteIdentity.uri.user ?? '',
        line,
      }),
      handoff: parseHandoffHeader(invitation.request.getHeader(HANDOFF_HEADER)) ?? previous?.handoff ?? null,
      practiceFor: invitation.request.getHeader(PRACTICE_FOR_HEADER) ?? null,
    };
    if (!this.registry.offer(snapshot, { replacing: replaced !== undefined })) {
      // One caller at a time: the PBX hunts on to the next available counsellor.
      void invitation.reject({ statusCode: 486 }).catch(() => undefined);
      return;
    }
    this.track(invitation, snapshot.id);
    this.phone.microphone.prepare(snapshot.id, microphoneConstraints(this.phone.microphoneId()));
    if (replaced) {
      // The caller, transferred to us by the counsellor who consulted us: take them straight on.
      replaced.endReason = 'replaced';
      void this.answer(invitation.id);
    }
  }

  async answer(callId: string): Promise<void> {
    const live = this.phone.live.get(callId);
    if (!live || !(live.session instanceof Invitation)) return;
    // Once only: a second click or key press while the answer is being built is no new answer.
    if (live.session.state !== SessionState.Initial) return;
    // The answer step is published with 'established', once the 200 OK is out: published here,
    // the screen would re-render on the main thread that accept() needs for its SDP and ICE
    // steps, between the click and the 200 OK (bench/call-setup). The alert shows the click itself.
    try {
      await live.session.accept({ sessionDescriptionHandlerOptions: { constraints: microphoneConstraints(this.phone.microphoneId()) } });
    } catch (error) {
      // A CANCEL can race the answer (telephony-facts.md): that is the caller hanging up, not a fault.
      live.endReason ??= classifyMediaError(error) ?? 'caller-cancelled';
      // Rejecting an invitation the CANCEL already ended fails harmlessly; the call ends either way.
      if (!ended(live.session)) await live.session.reject({ statusCode: 480 }).catch(() => undefined);
    }
  }

  async decline(callId: string): Promise<void> {
    const live = this.phone.live.get(callId);
    if (!live || !(live.session instanceof Invitation)) return;
    live.endReason = 'declined';
    // A caller who hung up meanwhile makes the reject fail; the call ends either way.
    await live.session.reject({ statusCode: 486 }).catch(() => undefined);
  }

  async hangUp(callId: string): Promise<void> {
    const live = this.phone.live.get(callId);
    if (!live) return;
    live.endReason ??= 'local-hangup';
    const { session } = live;
    try {
      if (session.state === SessionState.Established) await session.bye();
      else if (session instanceof Inviter) await session.cancel();
      else if (session instanceof Invitation) await session.reject({ statusCode: 486 });
    } catch {
      // The signalling path may be gone (PBX down); the call must still end on this side, and
      // disposing ends it locally even when the goodbye cannot be sent.
      await session.dispose().catch(() => undefined);
    }
  }

  async hangUpAll(): Promise<void> {
    for (const live of this.phone.live.values()) await this.hangUp(live.id);
  }

  setMuted(callId: string, muted: boolean): void {
    const live = this.phone.live.get(callId);
    const call = this.registry.find(callId);
    if (!live || !call) return;
    // A mixed call's mute is the seat mix's (seat-audio.ts follows this patch); applyTrackState leaves it be.
    this.registry.patch(callId, { muted });
    void applyTrackState(live, { held: call.held, muted });
  }

  async setHeld(callId: string, held: boolean): Promise<void> {
    const live = this.phone.live.get(callId);
    const call = this.registry.find(callId);
    if (!live || !call || call.held === held || call.conference || live.session.state !== SessionState.Established) return;
    const { session } = live;
    session.sessionDescriptionHandlerOptionsReInvite = { ...session.sessionDescriptionHandlerOptionsReInvite, hold: held } as typeof session.sessionDescriptionHandlerOptionsReInvite;
    const accepted = await new Promise<boolean>((resolve) => {
      session
        .invite({ requestDelegate: { onAccept: () => resolve(true), onReject: () => resolve(false) } })
        .catch(() => resolve(false));
    });
    if (!accepted) {
      this.registry.patch(callId, { problem: 'hold-failed' });
      return;
    }
    this.registry.held(callId, held);
    this.registry.patch(callId, { problem: null });
    await applyTrackState(live, { held, muted: this.registry.find(callId)?.muted ?? false });
  }

  async sendDtmf(callId: string, tone: string): Promise<void> {
    const live = this.phone.live.get(callId);
    if (!live || !/^[0-9A-D#*]$/.test(tone) || live.session.state !== SessionState.Established) return;
    // INFO rather than RFC 4733: the other side (a trainer's simulator, an IVR behind the PBX)
    // sees the digit as a SIP event, and it survives any transcoding.
    const body = { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${tone}\r\nDuration=160` };
    await live.session.info({ requestOptions: { body } }).catch(() => this.registry.patch(callId, { problem: 'dtmf-failed' }));
  }

  /**
   * The supervisor's side of a mode change the API has accepted: the counsellor's phone hears it
   * in the call and asks the API what the mode now is (it never takes this message's word alone).
   */
  async sendSupervisionMode(callId: string, mode: SupervisionMode): Promise<void> {
    const live = this.phone.live.get(callId);
    const current = this.registry.find(callId)?.supervision;
    if (!live || !current || live.session.state !== SessionState.Established) return;
    const body = { contentDisposition: 'render', contentType: SUPERVISION_INFO_TYPE, content: JSON.stringify({ mode }) };
    await live.session.info({ requestOptions: { body } });
    this.registry.supervision(callId, { ...current, mode });
  }

  place(number: string, options: { leg: CallLeg; fromNumber?: string; extraHeaders?: string[]; linkedTo?: string }): string {
    const userAgent = this.phone.userAgent;
    const target = this.phone.uri(number);
    if (!userAgent || !target) throw new Error('phone-offline');
    const fromUri = options.fromNumber ? this.phone.uri(options.fromNumber) : undefined;
    const inviter = new Inviter(userAgent, target, {
      sessionDescriptionHandlerOptions: { constraints: microphoneConstraints(this.phone.microphoneId()) },
      extraHeaders: options.extraHeaders ?? [],
      ...(fromUri ? { params: { fromUri } } : {}),
    });
    return this.placeWith(inviter, number, options.leg, options.linkedTo);
  }

  /** Places an inviter made elsewhere (a REFER's), tracked like any other outgoing call. */
  placeWith(inviter: Inviter, number: string, leg: CallLeg, linkedTo?: string): string {
    const snapshot = {
      ...newSnapshot({ id: inviter.id, sipCallId: inviter.request.callId, direction: 'outbound', leg, remoteNumber: number, line: parseDialledLine(number) }),
      linkedCallId: linkedTo ?? null,
    };
    this.registry.dialled(snapshot);
    const live = this.track(inviter, snapshot.id);
    inviter
      .invite({
        requestDelegate: {
          onProgress: (response: Core.IncomingResponse) => this.registry.progress(live.id, response.message.statusCode ?? 0),
          onReject: (response: Core.IncomingResponse) => {
            const status = response.message.statusCode ?? 500;
            live.endReason ??= endReasonFromStatus(status);
            this.registry.patch(live.id, { rejectedWith: status });
          },
        },
      })
      .catch((error: unknown) => {
        live.endReason ??= classifyMediaError(error) ?? 'failed';
      });
    return inviter.id;
  }

  /** Follows a session's life in the registry (and, for an invitation, answers it when asked). */
  track(session: Session, id: string): LiveCall {
    const live = newLiveCall(id, session);
    this.phone.live.set(id, live);
    session.delegate = {
      onBye: () => {
        // A caller who has reached the transfer target leaves us with a BYE: that is the transfer working.
        live.endReason ??= this.registry.find(id)?.phase === 'transferring' ? 'transferred' : 'remote-hangup';
      },
      onCancel: () => {
        live.endReason ??= 'caller-cancelled';
      },
      onInfo: (info: Info) => {
        if (this.hooks.info(live, info)) return;
        const digit = dtmfFromInfo(info);
        // The 200 to an INFO is a courtesy; the digit counts whether or not it reaches the sender.
        void info.accept().catch(() => undefined);
        if (digit) this.registry.patch(id, { dtmfReceived: ((this.registry.find(id)?.dtmfReceived ?? '') + digit).slice(-32) });
      },
      onInvite: (request: Core.IncomingRequestMessage) => {
        this.registry.patch(id, { remoteHeld: offersHold(request) });
      },
      onRefer: (referral: Referral) => this.hooks.referred(live, referral),
    };
    session.stateChange.addListener((state: SessionState) => {
      if (state === SessionState.Established) this.onEstablished(live);
      // sip.js reports Terminated before it hands the final response to the request delegate
      // (Inviter.onReject runs first): wait a tick so the reason it carries is known.
      if (state === SessionState.Terminated) queueMicrotask(() => this.onTerminated(live));
    });
    return live;
  }

  private onEstablished(live: LiveCall): void {
    this.registry.established(live.id);
    whenAudioFlows(live, AUDIO_FLOW_FALLBACK_MS, () => {
      if (this.phone.live.get(live.id) === live) this.registry.audioFlowing(live.id);
    });
    // A supervisor starts unheard; the seat's audio lets them through in whisper and barge.
    void playRemoteAudio(live, this.registry.devices().speakerId, this.registry.find(live.id)?.leg === 'supervision').then((problem) => {
      if (!problem) return;
      this.registry.patch(live.id, { problem });
      // Autoplay needs a gesture on the page: the next click brings the caller's voice back.
      if (problem === 'playback-blocked') {
        document.addEventListener('click', () => void live.audio?.play().then(() => this.registry.patch(live.id, { problem: null }), () => undefined), { once: true });
      }
    });
    this.hooks.established(live);
  }

  private onTerminated(live: LiveCall): void {
    const call = this.registry.find(live.id);
    this.phone.microphone.release(live.id);
    stopMedia(live);
    this.phone.live.delete(live.id);
    if (!call) return;
    const reason = live.endReason ?? (call.answeredAt !== null ? 'remote-hangup' : 'failed');
    this.hooks.terminated(call, reason);
    this.registry.terminated(live.id, reason);
  }
}
