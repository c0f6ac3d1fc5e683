import { SessionState } from 'sip.js';
import { formatSupervisionHeader, SUPERVISION_HEADER, type SupervisionGrant, type SupervisionMode } from '../contract';
import { CallRegistry } from './call-registry';
import { probeMicrophone } from './media';
import { offlineRegistration } from './store';
import { SipCallControl } from './sip/call-control';
import { SipDevices } from './sip/devices';
import { PhoneContext } from './sip/phone-context';
import { QualityMonitor } from './sip/quality-monitor';
import type { SeatAudio } from './sip/seat-audio';
import type { SipSupervision } from './sip/supervision';
import { SipRegistration } from './sip/registration';
import { SipTransfers } from './sip/transfers';
import type { ConsultOptions, DialOptions, PhoneIdentity, SupervisionVoucher, Telephony } from './types';

/**
 * The real phone: sip.js over WebSocket, in front of one part per concern (registration,
 * call control, transfers, devices, quality) that share one registry of live calls. It keeps
 * calls up across a dropped WebSocket (media is peer to peer, so a PBX restart must not cut a
 * caller off), and does transfers and conferences with the PBX only relaying.
 */
export class SipTelephony implements Telephony {
  private readonly registry = new CallRegistry();
  readonly store = this.registry.store;
  readonly events = this.registry.events;
  private readonly phone = new PhoneContext(this.registry);
  private readonly quality = new QualityMonitor(this.phone);
  private readonly devices = new SipDevices(this.phone);
  private readonly calls: SipCallControl = new SipCallControl(this.phone, {
    established: (live) => {
      this.quality.start();
      this.transfers.established(live);
      // Loaded: a supervisor's call exists only once the supervision part has taken it.
      this.supervision?.established(live);
      this.audio?.update();
    },
    terminated: (call, reason) => {
      this.transfers.terminated(call, reason);
      this.supervision?.terminated(call, reason);
      this.afterCallEnded();
    },
    referred: (live, referral) => this.transfers.referred(live, referral),
    supervisionOffered: (invitation) => void this.loadSupervision().then((part) => part.offered(invitation)),
    info: (live, info) => this.supervision?.info(live, info) ?? false,
  });
  private readonly transfers = new SipTransfers(this.phone, this.calls);
  /*
   * Supervision and the seat's mix load when first needed (or when the page is idle): most calls
   * need neither, and the counsellor's first load is at its budget. Until the mix is there, a
   * supervisor is heard by nobody: the safe side.
   */
  private supervision: SipSupervision | null = null;
  private supervisionLoading: Promise<SipSupervision> | null = null;
  private audio: SeatAudio | null = null;
  private audioLoading: Promise<SeatAudio> | null = null;

  constructor() {
    this.registry.store.subscribe(({ calls }) => {
      if (!this.audio && calls.some((call) => call.conference || call.leg === 'supervision')) void this.loadAudio();
    });
  }
  private readonly registration = new SipRegistration(this.phone, (invitation) => this.calls.incoming(invitation));
  /**
   * Bumped by every connect and disconnect. A connect still waiting for the microphone when a
   * newer connect or a disconnect comes must give up: carrying on, it would start a second user
   * agent with its stale identity beside the newer one (the simulator's anonymous caller phone
   * against its 120 registration), and the two would fight over the one registration.
   */
  private generation = 0;

  /**
   * The page is going (reload, closed tab): its calls cannot survive it, so the other side is
   * told at once rather than left in silence, and the seat stops being offered calls.
   */
  private readonly onPageHide = () => {
    for (const { session } of this.phone.live.values()) {
      // Nothing is left to show a failure to; the other side's session timer ends the call then.
      if (session.state === SessionState.Established) void session.bye().catch(() => undefined);
    }
    this.registration.unregisterNow();
  };

  async connect(identity: PhoneIdentity): Promise<void> {
    const generation = ++this.generation;
    await this.teardown();
    if (generation !== this.generation) return;
    this.phone.identity = identity;
    this.registry.seatWrapsUp = identity.wrapUpCallerCalls === true;
    const receivesCalls = identity.credentials !== undefined;
    this.registry.setRegistration({ ...offlineRegistration, status: 'connecting', receivesCalls });

    const microphoneProblem = await probeMicrophone(this.registry.devices().microphoneId);
    await this.devices.refresh();
    if (generation !== this.generation) return;
    if (microphoneProblem) {
      this.registry.setRegistration({ status: 'failed', failure: microphoneProblem });
      return;
    }
    window.addEventListener('pagehide', this.onPageHide);
    this.devices.watch();
    if (identity.wrapUpCallerCalls) this.preloadSeatParts();
    await this.registration.start(identity);
  }

  async disconnect(): Promise<void> {
    const generation = ++this.generation;
    await this.teardown();
    // A connect that came while we were tearing down owns the phone now.
    if (generation !== this.generation) return;
    this.phone.identity = null;
    this.registry.clear();
    this.registry.setRegistration(offlineRegistration);
  }

  yieldRegistration(): Promise<void> {
    return this.registration.yieldSeat();
  }

  answer(callId: string): Promise<void> {
    return this.calls.answer(callId);
  }

  decline(callId: string): Promise<void> {
    return this.calls.decline(callId);
  }

  hangUp(callId: string): Promise<void> {
    return this.calls.hangUp(callId);
  }

  setMuted(callId: string, muted: boolean): void {
    this.calls.setMuted(callId, muted);
  }

  setHeld(callId: string, held: boolean): Promise<void> {
    return this.calls.setHeld(callId, held);
  }

  sendDtmf(callId: string, tone: string): Promise<void> {
    return this.calls.sendDtmf(callId, tone);
  }

  async dial(number: string, options: DialOptions = {}): Promise<string> {
    return this.calls.place(number, { leg: 'outbound', ...(options.fromNumber ? { fromNumber: options.fromNumber } : {}) });
  }

  finishWrapUp(callId: string): void {
    this.registry.finishWrapUp(callId);
  }

  blindTransfer(callId: string, number: string): Promise<void> {
    return this.transfers.blindTransfer(callId, number);
  }

  consult(callId: string, number: string, options: ConsultOptions): Promise<string> {
    return this.transfers.consult(callId, number, options);
  }

  completeTransfer(callId: string): Promise<void> {
    return this.transfers.completeTransfer(callId);
  }

  joinConference(callId: string): void {
    void this.transfers.joinConference(callId);
  }

  setSupervisionVoucher(voucher: SupervisionVoucher | null): void {
    this.phone.supervisionVoucher = voucher;
  }

  async supervise(grant: SupervisionGrant, supervisorName: string): Promise<string> {
    // Its end is reported (supervision-ended) by the supervision part: loaded before the call exists.
    await this.loadSupervision();
    const id = this.calls.place(grant.extension, {
      leg: 'supervising',
      extraHeaders: [`${SUPERVISION_HEADER}: ${formatSupervisionHeader(grant.id, grant.token)}`],
    });
    this.registry.patch(id, { supervision: { id: grant.id, supervisorName, mode: grant.mode } });
    return id;
  }

  setSupervisionMode(callId: string, mode: SupervisionMode): Promise<void> {
    return this.calls.sendSupervisionMode(callId, mode);
  }

  refreshDevices(): Promise<void> {
    return this.devices.refresh();
  }

  selectMicrophone(deviceId: string): void {
    this.devices.selectMicrophone(deviceId);
  }

  selectSpeaker(deviceId: string): Promise<void> {
    return this.devices.selectSpeaker(deviceId);
  }

  private loadSupervision(): Promise<SipSupervision> {
    this.supervisionLoading ??= import('./sip/supervision').then(({ SipSupervision }) => (this.supervision = new SipSupervision(this.phone, this.calls)));
    return this.supervisionLoading;
  }

  private loadAudio(): Promise<SeatAudio> {
    this.audioLoading ??= import('./sip/seat-audio').then(({ SeatAudio }) => {
      this.audio = new SeatAudio(this.phone);
      this.audio.update();
      return this.audio;
    });
    return this.audioLoading;
  }

  /** A counsellor's seat may be supervised at any moment: both parts come while the page is idle. */
  private preloadSeatParts(): void {
    const load = () => {
      void this.loadSupervision();
      void this.loadAudio();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 5000 });
    else setTimeout(load, 2000);
  }

  private afterCallEnded(): void {
    this.quality.stopIfIdle();
    // A seat taken over by another device kept its socket only for the calls it still had.
    if (this.phone.live.size === 0 && this.registry.registration().status === 'taken-over') void this.registration.stopTransport();
  }

  private async teardown(): Promise<void> {
    this.quality.stop();
    window.removeEventListener('pagehide', this.onPageHide);
    this.devices.unwatch();
    for (const live of this.phone.live.values()) live.endReason ??= 'local-hangup';
    await this.registration.stopRegistering();
    await this.calls.hangUpAll();
    await this.registration.close();
  }
}
