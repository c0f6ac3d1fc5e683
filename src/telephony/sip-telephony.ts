import {
  Invitation,
  Inviter,
  Registerer,
  RegistererState,
  Session,
  SessionState,
  SIPExtension,
  UserAgent,
  type Core,
  type Info,
  type Notification,
  type Referral,
} from 'sip.js';
import { formatHandoffHeader, HANDOFF_HEADER, hotlineHeaders, parseDialledLine, parseHandoffHeader } from '../contract';
import { ConferenceMixer } from './audio-mixer';
import { reconnectDelayMs } from './backoff';
import {
  applyTrackState,
  audioSender,
  descriptionHandler,
  newLiveCall,
  playRemoteAudio,
  stopMedia,
  switchMicrophone,
  whenAudioFlows,
  type LiveCall,
} from './call-media';
import { classifyMediaError, endReasonFromStatus, microphoneConstraints, probeMicrophone, routeToSpeaker } from './media';
import { occupiesSeat } from './phase';
import { qualityBetween, sampleFromStats } from './quality';
import {
  addCall,
  createTelephonyStore,
  ENDED_CALL_LINGER_MS,
  findCall,
  newSnapshot,
  offlineRegistration,
  patchCall,
  patchRegistration,
  removeCall,
  stepCall,
} from './store';
import type { CallSnapshot, ConsultOptions, DialOptions, PhoneIdentity, Telephony } from './types';

/** sip.js waits for ICE gathering; on loopback and LAN 300 ms is ample (telephony-facts.md). */
const ICE_GATHERING_TIMEOUT_MS = 300;
const STATS_INTERVAL_MS = 2000;
const UNREGISTER_GRACE_MS = 1500;
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

/** The status line of a REFER progress NOTIFY (a message/sipfrag body: "SIP/2.0 200 OK"). */
function referProgress(notification: Notification): number | null {
  const match = /^SIP\/2\.0\s+(\d{3})/.exec(notification.request.body ?? '');
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * The real phone: sip.js over WebSocket. It keeps calls up across a dropped WebSocket (media is
 * peer to peer, so a PBX restart must not cut a caller off), reconnects with backoff and
 * re-registers by itself, and does transfers and three-way conferences with the PBX only
 * relaying (REFER, Replaces, audio mixed here).
 */
export class SipTelephony implements Telephony {
  readonly store = createTelephonyStore();

  private identity: PhoneIdentity | null = null;
  private userAgent: UserAgent | null = null;
  private registerer: Registerer | null = null;
  private readonly live = new Map<string, LiveCall>();
  private wantConnected = false;
  private wantRegistered = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private statsTimer: ReturnType<typeof setInterval> | null = null;
  /**
   * The page is going (reload, closed tab): its calls cannot survive it, so the other side is
   * told at once rather than left in silence, and the seat stops being offered calls.
   */
  private readonly onPageHide = () => {
    for (const { session } of this.live.values()) {
      if (session.state === SessionState.Established) void session.bye().catch(() => undefined);
    }
    void this.registerer?.unregister().catch(() => undefined);
  };
  private readonly onDeviceChange = () => {
    void this.refreshDevices();
  };

  async connect(identity: PhoneIdentity): Promise<void> {
    await this.teardown();
    this.identity = identity;
    this.wantConnected = true;
    this.wantRegistered = identity.credentials !== undefined;
    patchRegistration(this.store, { ...offlineRegistration, status: 'connecting', receivesCalls: this.wantRegistered });

    const microphoneProblem = await probeMicrophone(this.store.getState().devices.microphoneId);
    await this.refreshDevices();
    if (microphoneProblem) {
      this.wantConnected = false;
      patchRegistration(this.store, { status: 'failed', failure: microphoneProblem });
      return;
    }

    this.userAgent = this.createUserAgent(identity);
    window.addEventListener('pagehide', this.onPageHide);
    navigator.mediaDevices?.addEventListener?.('devicechange', this.onDeviceChange);
    await this.openTransport();
  }

  async disconnect(): Promise<void> {
    await this.teardown();
    this.identity = null;
    this.store.setState({ registration: offlineRegistration, calls: [] });
  }

  async yieldRegistration(): Promise<void> {
    this.wantRegistered = false;
    const registerer = this.registerer;
    this.registerer = null;
    patchRegistration(this.store, { status: 'taken-over', failure: null, retryAt: null, receivesCalls: false });
    await registerer?.dispose().catch(() => undefined);
    if (this.live.size === 0) {
      this.wantConnected = false;
      await this.userAgent?.stop().catch(() => undefined);
    }
  }

  async answer(callId: string): Promise<void> {
    const live = this.live.get(callId);
    if (!live || !(live.session instanceof Invitation)) return;
    // Once only: a second click or key press while the answer is being built is no new answer.
    const invitation = live.session;
    if (invitation.state !== SessionState.Initial) return;
    // The 'answer' step is published with 'established' (onEstablished), once the 200 OK is out:
    // published here, the screen re-rendered on the main thread that accept() needs for its SDP
    // and ICE steps, between the click and the 200 OK (bench/call-setup). The alert shows the
    // click at once by itself.
    try {
      await invitation.accept({
        sessionDescriptionHandlerOptions: { constraints: microphoneConstraints(this.store.getState().devices.microphoneId) },
      });
    } catch (error) {
      // A CANCEL can race the answer (telephony-facts.md): that is the caller hanging up, not a fault.
      live.endReason ??= classifyMediaError(error) ?? 'caller-cancelled';
      if (live.session.state !== SessionState.Terminated) await live.session.reject({ statusCode: 480 }).catch(() => undefined);
    }
  }

  async decline(callId: string): Promise<void> {
    const live = this.live.get(callId);
    if (!live || !(live.session instanceof Invitation)) return;
    live.endReason = 'declined';
    await live.session.reject({ statusCode: 486 }).catch(() => undefined);
  }

  async hangUp(callId: string): Promise<void> {
    const live = this.live.get(callId);
    if (!live) return;
    live.endReason ??= 'local-hangup';
    const { session } = live;
    try {
      if (session.state === SessionState.Established) await session.bye();
      else if (session instanceof Inviter) await session.cancel();
      else if (session instanceof Invitation) await session.reject({ statusCode: 486 });
    } catch {
      // The signalling path may be gone (PBX down); the call must still end on this side.
      await session.dispose().catch(() => undefined);
    }
  }

  setMuted(callId: string, muted: boolean): void {
    const live = this.live.get(callId);
    const call = findCall(this.store, callId);
    if (!live || !call) return;
    patchCall(this.store, callId, { muted });
    const mixing = this.mixerOf(call);
    if (mixing) mixing.setMicrophoneMuted(muted);
    else void applyTrackState(live, { held: call.held, muted });
  }

  async setHeld(callId: string, held: boolean): Promise<void> {
    const live = this.live.get(callId);
    const call = findCall(this.store, callId);
    if (!live || !call || call.held === held || call.conference || live.session.state !== SessionState.Established) return;
    const { session } = live;
    session.sessionDescriptionHandlerOptionsReInvite = {
      ...session.sessionDescriptionHandlerOptionsReInvite,
      hold: held,
    } as typeof session.sessionDescriptionHandlerOptionsReInvite;
    await new Promise<void>((resolve, reject) => {
      session
        .invite({
          requestDelegate: {
            onAccept: () => {
              stepCall(this.store, callId, { type: held ? 'hold' : 'resume' }, { held });
              void applyTrackState(live, { held, muted: findCall(this.store, callId)?.muted ?? false }).then(resolve, resolve);
            },
            onReject: () => reject(new Error('hold-rejected')),
          },
        })
        .catch(reject);
    });
  }

  async sendDtmf(callId: string, tone: string): Promise<void> {
    const live = this.live.get(callId);
    if (!live || !/^[0-9A-D#*]$/.test(tone) || live.session.state !== SessionState.Established) return;
    // INFO rather than RFC 4733: the other side (a trainer's simulator, an IVR behind the PBX)
    // sees the digit as a SIP event, and it survives any transcoding.
    await live.session.info({
      requestOptions: {
        body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${tone}\r\nDuration=160` },
      },
    });
  }

  async dial(number: string, options: DialOptions = {}): Promise<string> {
    return this.placeCall(number, { fromNumber: options.fromNumber, extraHeaders: [] });
  }

  finishWrapUp(callId: string): void {
    stepCall(this.store, callId, { type: 'wrap-up-done' });
    removeCall(this.store, callId);
  }

  async blindTransfer(callId: string, number: string): Promise<void> {
    const live = this.live.get(callId);
    const call = findCall(this.store, callId);
    const target = this.uri(number);
    if (!live || !call || !target || live.session.state !== SessionState.Established) return;
    stepCall(this.store, callId, { type: 'transfer-start' }, { transferFailure: null });
    await live.session
      .refer(target, {
        requestDelegate: { onReject: (response) => this.transferFailed(callId, endReasonFromStatus(response.message.statusCode ?? 500)) },
        onNotify: (notification) => this.onReferNotify(callId, notification),
      })
      .catch(() => this.transferFailed(callId, 'failed'));
  }

  async consult(callId: string, number: string, options: ConsultOptions): Promise<string> {
    const caller = this.live.get(callId);
    if (!caller || caller.session.state !== SessionState.Established) throw new Error('no-call');
    patchCall(this.store, callId, { transferFailure: null });
    if (options.holdCaller) await this.setHeld(callId, true);
    const extraHeaders = options.handoff ? [`${HANDOFF_HEADER}: ${formatHandoffHeader(options.handoff.id, options.handoff.token)}`] : [];
    const consultId = await this.placeCall(number, { extraHeaders, linkedTo: callId });
    const consulted = this.live.get(consultId);
    if (consulted) consulted.conferenceOnAnswer = options.conferenceOnAnswer;
    patchCall(this.store, callId, { linkedCallId: consultId });
    return consultId;
  }

  async completeTransfer(callId: string): Promise<void> {
    const call = findCall(this.store, callId);
    const caller = this.live.get(callId);
    const consulted = call?.linkedCallId ? this.live.get(call.linkedCallId) : undefined;
    if (!call || !caller || !consulted || consulted.session.state !== SessionState.Established) return;
    this.stopConference(call);
    stepCall(this.store, callId, { type: 'transfer-start' }, { transferFailure: null });
    // The consulted party will be replaced by the caller and hang up on us: that is the transfer.
    consulted.endReason = 'transferred';
    // REFER with Replaces: the caller's phone calls the consulted party, replacing our call with them.
    await caller.session
      .refer(consulted.session, {
        requestDelegate: { onReject: (response) => this.transferFailed(callId, endReasonFromStatus(response.message.statusCode ?? 500)) },
        onNotify: (notification) => this.onReferNotify(callId, notification),
      })
      .catch(() => this.transferFailed(callId, 'failed'));
  }

  joinConference(callId: string): void {
    const call = findCall(this.store, callId);
    const caller = this.live.get(callId);
    const consulted = call?.linkedCallId ? this.live.get(call.linkedCallId) : undefined;
    if (!call || !caller || !consulted || call.conference) return;
    const join = async () => {
      if (call.held) await this.setHeld(callId, false);
      const callerSender = audioSender(caller);
      const consultedSender = audioSender(consulted);
      const microphone = descriptionHandler(caller)?.localMediaStream;
      const callerRemote = descriptionHandler(caller)?.remoteMediaStream;
      const consultedRemote = descriptionHandler(consulted)?.remoteMediaStream;
      if (!callerSender || !consultedSender || !microphone || !callerRemote || !consultedRemote) return;
      caller.mixer = new ConferenceMixer(
        microphone,
        { sender: callerSender, remote: callerRemote },
        { sender: consultedSender, remote: consultedRemote },
      );
      caller.mixer.setMicrophoneMuted(findCall(this.store, callId)?.muted ?? false);
      patchCall(this.store, callId, { conference: true });
      patchCall(this.store, consulted.id, { conference: true });
    };
    void join();
  }

  async refreshDevices(): Promise<void> {
    if (!navigator.mediaDevices?.enumerateDevices) return;
    const devices = await navigator.mediaDevices.enumerateDevices();
    const toDevice = (device: MediaDeviceInfo) => ({ deviceId: device.deviceId, label: device.label });
    this.store.setState((state) => ({
      devices: {
        ...state.devices,
        microphones: devices.filter((device) => device.kind === 'audioinput').map(toDevice),
        speakers: devices.filter((device) => device.kind === 'audiooutput').map(toDevice),
      },
    }));
  }

  selectMicrophone(deviceId: string): void {
    this.store.setState((state) => ({ devices: { ...state.devices, microphoneId: deviceId } }));
    for (const live of this.live.values()) {
      const call = findCall(this.store, live.id);
      void switchMicrophone(live, deviceId, Boolean(call?.muted || call?.held)).catch(() => undefined);
    }
  }

  async selectSpeaker(deviceId: string): Promise<void> {
    this.store.setState((state) => ({ devices: { ...state.devices, speakerId: deviceId } }));
    await Promise.all([...this.live.values()].map((live) => (live.audio ? routeToSpeaker(live.audio, deviceId) : undefined)));
  }

  private uri(number: string) {
    return this.identity ? UserAgent.makeURI(`sip:${number}@${this.identity.domain}`) : undefined;
  }

  private mixerOf(call: CallSnapshot): ConferenceMixer | null {
    if (!call.conference) return null;
    return this.live.get(call.id)?.mixer ?? (call.linkedCallId ? (this.live.get(call.linkedCallId)?.mixer ?? null) : null);
  }

  private stopConference(call: CallSnapshot): void {
    const holder = [this.live.get(call.id), call.linkedCallId ? this.live.get(call.linkedCallId) : undefined].find((live) => live?.mixer);
    if (!holder?.mixer) return;
    holder.mixer.stop();
    holder.mixer = null;
    for (const id of [call.id, call.linkedCallId]) if (id) patchCall(this.store, id, { conference: false });
  }

  private async placeCall(
    number: string,
    options: { fromNumber?: string; extraHeaders: string[]; linkedTo?: string },
  ): Promise<string> {
    const userAgent = this.userAgent;
    const target = this.uri(number);
    if (!userAgent || !target) throw new Error('phone-offline');
    const fromUri = options.fromNumber ? this.uri(options.fromNumber) : undefined;
    const inviter = new Inviter(userAgent, target, {
      sessionDescriptionHandlerOptions: { constraints: microphoneConstraints(this.store.getState().devices.microphoneId) },
      extraHeaders: options.extraHeaders,
      ...(fromUri ? { params: { fromUri } } : {}),
    });
    const live = this.track(inviter, {
      ...newSnapshot({
        id: inviter.id,
        sipCallId: inviter.request.callId,
        direction: 'outbound',
        remoteNumber: number,
        line: parseDialledLine(number),
      }),
      linkedCallId: options.linkedTo ?? null,
    });
    stepCall(this.store, inviter.id, { type: 'dial' });
    inviter
      .invite({
        requestDelegate: {
          onReject: (response: Core.IncomingResponse) => {
            live.endReason ??= endReasonFromStatus(response.message.statusCode ?? 500);
          },
        },
      })
      .catch((error: unknown) => {
        live.endReason ??= classifyMediaError(error) ?? 'failed';
      });
    return inviter.id;
  }

  private onReferNotify(callId: string, notification: Notification): void {
    void notification.accept().catch(() => undefined);
    const status = referProgress(notification);
    if (status === null || status < 200) return;
    if (status >= 300) {
      this.transferFailed(callId, endReasonFromStatus(status));
      return;
    }
    // The caller is with the target now: our part of the call is over.
    const live = this.live.get(callId);
    if (!live) return;
    live.endReason = 'transferred';
    if (live.session.state === SessionState.Established) void live.session.bye().catch(() => undefined);
  }

  private transferFailed(callId: string, reason: ReturnType<typeof endReasonFromStatus>): void {
    const call = findCall(this.store, callId);
    if (!call || call.phase !== 'transferring') return;
    const consulted = call.linkedCallId ? this.live.get(call.linkedCallId) : undefined;
    if (consulted?.endReason === 'transferred') consulted.endReason = null;
    stepCall(this.store, callId, { type: 'transfer-failed', held: call.held }, { transferFailure: reason });
  }

  /** The caller's side of a transfer: follow the REFER, then leave the transferor. */
  private async followReferral(referred: LiveCall, referral: Referral): Promise<void> {
    await referral.accept().catch(() => undefined);
    const inviter = referral.makeInviter({
      sessionDescriptionHandlerOptions: { constraints: microphoneConstraints(this.store.getState().devices.microphoneId) },
    });
    const live = this.track(
      inviter,
      newSnapshot({
        id: inviter.id,
        sipCallId: inviter.request.callId,
        direction: 'outbound',
        remoteNumber: referral.referTo.uri.user ?? '',
        line: null,
      }),
    );
    stepCall(this.store, inviter.id, { type: 'dial' });
    inviter.stateChange.addListener((state) => {
      if (state === SessionState.Established && referred.session.state === SessionState.Established) {
        referred.endReason = 'transferred';
        void referred.session.bye().catch(() => undefined);
      }
    });
    await inviter.invite().catch(() => {
      live.endReason ??= 'failed';
    });
  }

  private createUserAgent(identity: PhoneIdentity): UserAgent {
    const user = identity.credentials?.username ?? 'anonymous';
    const uri = UserAgent.makeURI(`sip:${user}@${identity.domain}`);
    if (!uri) throw new Error('bad-identity');
    return new UserAgent({
      uri,
      transportOptions: { server: identity.wsUrl, connectionTimeout: 5 },
      ...(identity.credentials
        ? {
            authorizationUsername: identity.credentials.username,
            authorizationPassword: identity.credentials.password,
            displayName: identity.credentials.displayName,
          }
        : {}),
      sessionDescriptionHandlerFactoryOptions: {
        peerConnectionConfiguration: { iceServers: [] },
        iceGatheringTimeout: ICE_GATHERING_TIMEOUT_MS,
      },
      // An attended transfer reaches its target as an INVITE with Replaces.
      sipExtensionReplaces: SIPExtension.Supported,
      // Our own backoff below replaces sip.js's fixed-delay reconnection.
      reconnectionAttempts: 0,
      // sip.js logs whole SIP messages, which carry callers' numbers: keep them out of the console.
      logBuiltinEnabled: false,
      logLevel: 'error',
      delegate: {
        onConnect: () => this.onTransportUp(),
        onDisconnect: (error?: Error) => this.onTransportDown(error),
        onInvite: (invitation: Invitation) => this.onIncoming(invitation),
      },
    });
  }

  private async openTransport(): Promise<void> {
    const userAgent = this.userAgent;
    if (!userAgent || !this.wantConnected) return;
    try {
      if (userAgent.state === 'Started') await userAgent.reconnect();
      else await userAgent.start();
    } catch {
      this.scheduleReconnect();
    }
  }

  private onTransportUp(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    if (this.wantRegistered) void this.register();
    else patchRegistration(this.store, { status: 'registered', failure: null, attempt: 0, retryAt: null });
  }

  private onTransportDown(error?: Error): void {
    const registerer = this.registerer;
    this.registerer = null;
    void registerer?.dispose().catch(() => undefined);
    if (!this.wantConnected) return;
    if (error || this.store.getState().registration.status !== 'taken-over') this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (!this.wantConnected || this.reconnectTimer) return;
    const attempt = this.store.getState().registration.attempt + 1;
    const delay = reconnectDelayMs(attempt, Math.random());
    patchRegistration(this.store, {
      status: 'connecting',
      failure: attempt > 1 ? 'pbx-unreachable' : null,
      attempt,
      retryAt: Date.now() + delay,
    });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.openTransport();
    }, delay);
  }

  private async register(): Promise<void> {
    const userAgent = this.userAgent;
    const identity = this.identity;
    if (!userAgent || !identity) return;
    await this.registerer?.dispose().catch(() => undefined);
    const registerer = new Registerer(userAgent, { expires: identity.registerExpiresSec });
    this.registerer = registerer;
    registerer.stateChange.addListener((state) => {
      if (registerer !== this.registerer) return;
      if (state === RegistererState.Registered) {
        patchRegistration(this.store, { status: 'registered', failure: null, attempt: 0, retryAt: null });
      } else if (state === RegistererState.Unregistered && this.wantRegistered && userAgent.isConnected()) {
        // A refresh failed (credentials revoked, PBX forgot us): register afresh to learn why.
        void this.register();
      }
    });
    await registerer
      .register({
        requestDelegate: {
          onReject: (response: Core.IncomingResponse) => {
            if (registerer !== this.registerer) return;
            const status = response.message.statusCode ?? 500;
            if (status === 401 || status === 403 || status === 407) {
              this.wantRegistered = false;
              patchRegistration(this.store, { status: 'failed', failure: 'credentials-rejected', retryAt: null });
            } else {
              this.scheduleReconnect();
            }
          },
        },
      })
      .catch(() => this.scheduleReconnect());
  }

  private onIncoming(invitation: Invitation): void {
    const replaced = [...this.live.values()].find((live) => live.session === invitation.replacee);
    const calls = this.store.getState().calls;
    if (!replaced && (!this.wantRegistered || calls.some((call) => occupiesSeat(call.phase)))) {
      // One caller at a time: the PBX hunts on to the next available counsellor.
      void invitation.reject({ statusCode: 486 }).catch(() => undefined);
      return;
    }
    const dialled = invitation.request.getHeader(hotlineHeaders.dialled);
    const previous = replaced ? findCall(this.store, replaced.id) : undefined;
    this.track(invitation, {
      ...newSnapshot({
        id: invitation.id,
        sipCallId: invitation.request.callId,
        direction: 'inbound',
        remoteNumber: invitation.remoteIdentity.uri.user ?? '',
        line: dialled ? parseDialledLine(dialled.trim()) : null,
      }),
      handoff: parseHandoffHeader(invitation.request.getHeader(HANDOFF_HEADER)) ?? previous?.handoff ?? null,
    });
    stepCall(this.store, invitation.id, { type: 'incoming' });
    if (replaced) {
      // The caller, transferred to us by the counsellor who consulted us: take them straight on.
      replaced.endReason = 'replaced';
      void this.answer(invitation.id);
    }
  }

  private track(session: Session, snapshot: CallSnapshot): LiveCall {
    const live = newLiveCall(snapshot.id, session);
    this.live.set(snapshot.id, live);
    addCall(this.store, snapshot);
    session.delegate = {
      onBye: () => {
        // A caller who has reached the transfer target leaves us with a BYE: that is the transfer working.
        live.endReason ??= findCall(this.store, live.id)?.phase === 'transferring' ? 'transferred' : 'remote-hangup';
      },
      onCancel: () => {
        live.endReason ??= 'caller-cancelled';
      },
      onInfo: (info: Info) => {
        const digit = dtmfFromInfo(info);
        void info.accept().catch(() => undefined);
        if (digit) {
          const previous = findCall(this.store, snapshot.id)?.dtmfReceived ?? '';
          patchCall(this.store, snapshot.id, { dtmfReceived: (previous + digit).slice(-32) });
        }
      },
      onInvite: (request: Core.IncomingRequestMessage) => {
        patchCall(this.store, snapshot.id, { remoteHeld: offersHold(request) });
      },
      onRefer: (referral: Referral) => void this.followReferral(live, referral),
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
    // An answered caller steps ringing → connecting here (see answer()); other calls are past it.
    stepCall(this.store, live.id, { type: 'answer' });
    stepCall(this.store, live.id, { type: 'established' }, { answeredAt: Date.now() });
    playRemoteAudio(live, this.store.getState().devices.speakerId);
    whenAudioFlows(live, AUDIO_FLOW_FALLBACK_MS, () => {
      if (this.live.get(live.id) === live) patchCall(this.store, live.id, { audioFlowing: true });
    });
    this.ensureStatsTimer();
    const call = findCall(this.store, live.id);
    if (live.conferenceOnAnswer && call?.linkedCallId) this.joinConference(call.linkedCallId);
  }

  private onTerminated(live: LiveCall): void {
    const call = findCall(this.store, live.id);
    stopMedia(live);
    this.live.delete(live.id);
    if (!call) return;
    this.stopConference(call);
    const wasEstablished = call.answeredAt !== null;
    const endReason = live.endReason ?? (wasEstablished ? 'remote-hangup' : 'failed');
    stepCall(
      this.store,
      live.id,
      {
        type: 'terminated',
        wasEstablished,
        needsWrapUp: call.direction === 'inbound' && call.line !== null && this.identity?.wrapUpCallerCalls === true,
      },
      { endReason, endedAt: Date.now(), quality: null, linkedCallId: null, conference: false },
    );
    this.releaseLinkedCall(call, wasEstablished, endReason);
    if (findCall(this.store, live.id)?.phase === 'ended') setTimeout(() => removeCall(this.store, live.id), ENDED_CALL_LINGER_MS);
    if (this.live.size === 0) this.stopStatsTimer();
    if (this.live.size === 0 && this.store.getState().registration.status === 'taken-over') {
      this.wantConnected = false;
      void this.userAgent?.stop().catch(() => undefined);
    }
  }

  /**
   * When a consultation ends, the caller comes back to the counsellor: off hold, and told why
   * if the consulted party never answered. When the caller's call ends, its consultation stays
   * up as an ordinary call.
   */
  private releaseLinkedCall(ended: CallSnapshot, wasEstablished: boolean, reason: CallSnapshot['endReason']): void {
    const linked = ended.linkedCallId ? findCall(this.store, ended.linkedCallId) : undefined;
    if (!linked || linked.linkedCallId !== ended.id || !this.live.has(linked.id)) return;
    const consultationEnded = ended.direction === 'outbound' && linked.phase !== 'transferring';
    patchCall(this.store, linked.id, {
      linkedCallId: null,
      conference: false,
      ...(consultationEnded && !wasEstablished ? { transferFailure: reason } : {}),
    });
    if (consultationEnded && linked.held) void this.setHeld(linked.id, false).catch(() => undefined);
  }

  private ensureStatsTimer(): void {
    if (this.statsTimer) return;
    this.statsTimer = setInterval(() => void this.sampleQuality(), STATS_INTERVAL_MS);
  }

  private stopStatsTimer(): void {
    if (this.statsTimer) clearInterval(this.statsTimer);
    this.statsTimer = null;
  }

  private async sampleQuality(): Promise<void> {
    await Promise.all(
      [...this.live.values()].map(async (live) => {
        const peer = descriptionHandler(live)?.peerConnection;
        if (!peer || live.session.state !== SessionState.Established) return;
        const sample = sampleFromStats(await peer.getStats());
        patchCall(this.store, live.id, { quality: qualityBetween(live.lastSample, sample) });
        live.lastSample = sample;
      }),
    );
  }

  private async teardown(): Promise<void> {
    this.wantConnected = false;
    this.wantRegistered = false;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.stopStatsTimer();
    window.removeEventListener('pagehide', this.onPageHide);
    navigator.mediaDevices?.removeEventListener?.('devicechange', this.onDeviceChange);
    const registerer = this.registerer;
    this.registerer = null;
    if (registerer?.state === RegistererState.Registered) {
      await Promise.race([
        registerer.unregister().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, UNREGISTER_GRACE_MS)),
      ]);
    }
    for (const live of this.live.values()) {
      live.endReason ??= 'local-hangup';
      await this.hangUp(live.id);
    }
    const userAgent = this.userAgent;
    this.userAgent = null;
    await userAgent?.stop().catch(() => undefined);
  }
}
