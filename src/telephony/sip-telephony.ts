import {
  Invitation,
  Inviter,
  Registerer,
  RegistererState,
  Session,
  SessionState,
  UserAgent,
  Web,
  type Core,
  type Info,
} from 'sip.js';
import { hotlineHeaders, parseDialledLine } from '../contract';
import { reconnectDelayMs } from './backoff';
import { classifyMediaError, endReasonFromStatus, microphoneConstraints, probeMicrophone, routeToSpeaker } from './media';
import { occupiesSeat } from './phase';
import { qualityBetween, sampleFromStats, type StatsSample } from './quality';
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
import type { CallSnapshot, DialOptions, EndReason, PhoneIdentity, Telephony } from './types';

/** sip.js waits for ICE gathering; on loopback and LAN 300 ms is ample (telephony-facts.md). */
const ICE_GATHERING_TIMEOUT_MS = 300;
const STATS_INTERVAL_MS = 2000;
const UNREGISTER_GRACE_MS = 1500;

interface LiveCall {
  session: Session;
  audio: HTMLAudioElement | null;
  /** Set by whoever ends the call first; read when sip.js reports Terminated. */
  endReason: EndReason | null;
  lastSample: StatsSample | null;
}

/** A re-INVITE offering sendonly or inactive audio means the other side put us on hold. */
function offersHold(request: Core.IncomingRequestMessage): boolean {
  const body = request.body ?? '';
  return /a=(sendonly|inactive)/.test(body);
}

function dtmfFromInfo(info: Info): string | null {
  const body = info.request.body ?? '';
  const match = /Signal\s*=\s*([0-9A-D#*])/i.exec(body);
  return match?.[1] ?? null;
}

/**
 * The real phone: sip.js over WebSocket. It keeps calls up across a dropped WebSocket (media is
 * peer to peer, so a PBX restart must not cut a caller off), reconnects with backoff and
 * re-registers by itself.
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
    patchRegistration(this.store, {
      ...offlineRegistration,
      status: 'connecting',
      receivesCalls: this.wantRegistered,
    });

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
    stepCall(this.store, callId, { type: 'answer' });
    try {
      await live.session.accept({
        sessionDescriptionHandlerOptions: {
          constraints: microphoneConstraints(this.store.getState().devices.microphoneId),
        },
      });
    } catch (error) {
      // A CANCEL can race the answer (telephony-facts.md): that is the caller hanging up, not a fault.
      const mediaProblem = classifyMediaError(error);
      live.endReason ??= mediaProblem ?? 'caller-cancelled';
      if (live.session.state !== SessionState.Terminated) {
        await live.session.reject({ statusCode: 480 }).catch(() => undefined);
      }
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
    this.applyTrackState(live, { held: call.held, muted });
  }

  async setHeld(callId: string, held: boolean): Promise<void> {
    const live = this.live.get(callId);
    const call = findCall(this.store, callId);
    if (!live || !call || call.held === held || live.session.state !== SessionState.Established) return;
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
              this.applyTrackState(live, { held, muted: findCall(this.store, callId)?.muted ?? false });
              resolve();
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
        body: {
          contentDisposition: 'render',
          contentType: 'application/dtmf-relay',
          content: `Signal=${tone}\r\nDuration=160`,
        },
      },
    });
  }

  async dial(number: string, options: DialOptions = {}): Promise<string> {
    const userAgent = this.userAgent;
    const identity = this.identity;
    if (!userAgent || !identity) throw new Error('phone-offline');
    const target = UserAgent.makeURI(`sip:${number}@${identity.domain}`);
    if (!target) throw new Error('bad-number');
    const fromUri = options.fromNumber ? UserAgent.makeURI(`sip:${options.fromNumber}@${identity.domain}`) : undefined;
    const inviter = new Inviter(userAgent, target, {
      sessionDescriptionHandlerOptions: {
        constraints: microphoneConstraints(this.store.getState().devices.microphoneId),
      },
      ...(fromUri ? { params: { fromUri } } : {}),
    });
    const live = this.track(inviter, newSnapshot({
      id: inviter.id,
      sipCallId: inviter.request.callId,
      direction: 'outbound',
      remoteNumber: number,
      line: parseDialledLine(number),
    }));
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

  finishWrapUp(callId: string): void {
    stepCall(this.store, callId, { type: 'wrap-up-done' });
    removeCall(this.store, callId);
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
    for (const live of this.live.values()) void this.switchMicrophone(live, deviceId);
  }

  async selectSpeaker(deviceId: string): Promise<void> {
    this.store.setState((state) => ({ devices: { ...state.devices, speakerId: deviceId } }));
    await Promise.all([...this.live.values()].map((live) => (live.audio ? routeToSpeaker(live.audio, deviceId) : undefined)));
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
    if (this.wantRegistered) {
      void this.register();
    } else {
      patchRegistration(this.store, { status: 'registered', failure: null, attempt: 0, retryAt: null });
    }
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
    const calls = this.store.getState().calls;
    if (!this.wantRegistered || calls.some((call) => occupiesSeat(call.phase))) {
      // One caller at a time: the PBX hunts on to the next available counsellor.
      void invitation.reject({ statusCode: 486 }).catch(() => undefined);
      return;
    }
    const dialled = invitation.request.getHeader(hotlineHeaders.dialled);
    this.track(
      invitation,
      newSnapshot({
        id: invitation.id,
        sipCallId: invitation.request.callId,
        direction: 'inbound',
        remoteNumber: invitation.remoteIdentity.uri.user ?? '',
        line: dialled ? parseDialledLine(dialled.trim()) : null,
      }),
    );
    stepCall(this.store, invitation.id, { type: 'incoming' });
  }

  private track(session: Session, snapshot: CallSnapshot): LiveCall {
    const live: LiveCall = { session, audio: null, endReason: null, lastSample: null };
    this.live.set(snapshot.id, live);
    addCall(this.store, snapshot);
    session.delegate = {
      onBye: () => {
        live.endReason ??= 'remote-hangup';
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
    };
    session.stateChange.addListener((state: SessionState) => {
      if (state === SessionState.Established) this.onEstablished(snapshot.id, live);
      // sip.js reports Terminated before it hands the final response to the request delegate
      // (Inviter.onReject runs first): wait a tick so the reason it carries is known.
      if (state === SessionState.Terminated) queueMicrotask(() => this.onTerminated(snapshot.id, live));
    });
    return live;
  }

  private onEstablished(callId: string, live: LiveCall): void {
    stepCall(this.store, callId, { type: 'established' }, { answeredAt: Date.now() });
    const handler = live.session.sessionDescriptionHandler;
    if (handler instanceof Web.SessionDescriptionHandler) {
      const audio = new Audio();
      audio.autoplay = true;
      audio.srcObject = handler.remoteMediaStream;
      live.audio = audio;
      void routeToSpeaker(audio, this.store.getState().devices.speakerId)
        .catch(() => undefined)
        .then(() => audio.play())
        .catch(() => undefined);
    }
    this.ensureStatsTimer();
  }

  private onTerminated(callId: string, live: LiveCall): void {
    const call = findCall(this.store, callId);
    if (live.audio) {
      live.audio.pause();
      live.audio.srcObject = null;
    }
    this.live.delete(callId);
    if (!call) return;
    const wasEstablished = call.answeredAt !== null;
    const endReason = live.endReason ?? (wasEstablished ? 'remote-hangup' : 'failed');
    stepCall(
      this.store,
      callId,
      { type: 'terminated', wasEstablished, needsWrapUp: call.direction === 'inbound' && this.identity?.wrapUpCallerCalls === true },
      { endReason, endedAt: Date.now(), quality: null },
    );
    if (findCall(this.store, callId)?.phase === 'ended') {
      setTimeout(() => removeCall(this.store, callId), ENDED_CALL_LINGER_MS);
    }
    if (this.live.size === 0) this.stopStatsTimer();
    if (this.live.size === 0 && this.store.getState().registration.status === 'taken-over') {
      this.wantConnected = false;
      void this.userAgent?.stop().catch(() => undefined);
    }
  }

  private applyTrackState(live: LiveCall, state: { held: boolean; muted: boolean }): void {
    const handler = live.session.sessionDescriptionHandler;
    if (!(handler instanceof Web.SessionDescriptionHandler)) return;
    handler.enableReceiverTracks(!state.held);
    handler.enableSenderTracks(!state.held && !state.muted);
  }

  private async switchMicrophone(live: LiveCall, deviceId: string): Promise<void> {
    const handler = live.session.sessionDescriptionHandler;
    const peer = handler instanceof Web.SessionDescriptionHandler ? handler.peerConnection : undefined;
    if (!peer) return;
    const stream = await navigator.mediaDevices.getUserMedia(microphoneConstraints(deviceId));
    const [track] = stream.getAudioTracks();
    const sender = peer.getSenders().find((candidate) => candidate.track?.kind === 'audio');
    if (!track || !sender) return;
    const previous = sender.track;
    const call = [...this.live.entries()].find(([, candidate]) => candidate === live);
    const snapshot = call ? findCall(this.store, call[0]) : undefined;
    track.enabled = !(snapshot?.muted || snapshot?.held);
    await sender.replaceTrack(track);
    previous?.stop();
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
      [...this.live.entries()].map(async ([callId, live]) => {
        const handler = live.session.sessionDescriptionHandler;
        const peer = handler instanceof Web.SessionDescriptionHandler ? handler.peerConnection : undefined;
        if (!peer || live.session.state !== SessionState.Established) return;
        const sample = sampleFromStats(await peer.getStats());
        patchCall(this.store, callId, { quality: qualityBetween(live.lastSample, sample) });
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
    for (const [callId, live] of this.live) {
      live.endReason ??= 'local-hangup';
      await this.hangUp(callId);
    }
    const userAgent = this.userAgent;
    this.userAgent = null;
    await userAgent?.stop().catch(() => undefined);
  }
}
