import { SessionState } from 'sip.js';
import { formatSupervisionHeader, SUPERVISION_HEADER, TRAINING_HEADER, type SupervisionGrant, type SupervisionMode } from '../contract';
import { CallRegistry } from './call-registry';
import { probeMicrophone } from './media';
import { offlineRegistration, receivesCallsAs } from './store';
import { SipCallControl } from './sip/call-control';
import { SipDevices } from './sip/devices';
import { PhoneContext } from './sip/phone-context';
import { QualityMonitor } from './sip/quality-monitor';
import type { SeatAudio, SipSupervision, SipTraining, SipTransfers } from './sip/seat-parts';
import { SipRegistration } from './sip/registration';
import type { ConsultOptions, DialOptions, PhoneIdentity, SupervisionVoucher, Telephony, TrainingVoucher } from './types';

interface SeatParts {
  transfers: SipTransfers;
  supervision: SipSupervision;
  training: SipTraining;
  audio: SeatAudio;
}

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
      // Loaded: a consultation, a conference or a supervisor's call exists only once its part has made it.
      this.transfers?.established(live);
      // Loaded: a supervisor's call exists only once the supervision part has taken it.
      this.supervision?.established(live);
      this.audio?.update();
    },
    terminated: (call, reason) => {
      this.transfers?.terminated(call, reason);
      this.supervision?.terminated(call, reason);
      this.training?.terminated(call);
      this.afterCallEnded();
    },
    referred: (live, referral) => void this.loadParts().then(({ transfers }) => transfers.referred(live, referral)),
    supervisionOffered: (invitation) => void this.loadParts().then(({ supervision }) => supervision.offered(invitation)),
    // Loaded while the API is asked about it: a mock call waits for that answer anyway.
    trainingOffered: (invitation) => void this.loadParts().then(({ training }) => training.offered(invitation)),
    info: (live, info) => this.supervision?.info(live, info) ?? false,
  });
  private readonly registration = new SipRegistration(this.phone, (invitation) => this.calls.incoming(invitation));
  /*
   * Transfers, supervision and the seat's mix load when first needed, or while a seat's page is
   * idle: most calls need none of them, and the counsellor's first load is at its budget. Until
   * the mix is there, a supervisor is heard by nobody: the safe side. (A conference or a
   * supervisor's call only comes about through a loaded part, so the mix is always there by then.)
   */
  private transfers: SipTransfers | null = null;
  private supervision: SipSupervision | null = null;
  private training: SipTraining | null = null;
  private audio: SeatAudio | null = null;
  private parts: Promise<SeatParts> | null = null;
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
    const receivesCalls = receivesCallsAs(identity);
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
    // A counsellor's seat may be supervised at any moment: its parts come while the page is idle.
    if (identity.wrapUpCallerCalls) (typeof requestIdleCallback === 'function' ? requestIdleCallback : setTimeout)(() => void this.loadParts());
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
    return this.loadParts().then(({ transfers }) => transfers.blindTransfer(callId, number));
  }

  consult(callId: string, number: string, options: ConsultOptions): Promise<string> {
    return this.loadParts().then(({ transfers }) => transfers.consult(callId, number, options));
  }

  completeTransfer(callId: string): Promise<void> {
    return this.loadParts().then(({ transfers }) => transfers.completeTransfer(callId));
  }

  joinConference(callId: string): void {
    void this.loadParts().then(({ transfers }) => transfers.joinConference(callId));
  }

  setSupervisionVoucher(voucher: SupervisionVoucher | null): void {
    this.phone.supervisionVoucher = voucher;
  }

  async supervise(grant: SupervisionGrant, supervisorName: string): Promise<string> {
    // Its end is reported (supervision-ended) by the supervision part: loaded before the call exists.
    await this.loadParts();
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

  setTrainingVoucher(voucher: TrainingVoucher | null): void {
    this.phone.trainingVoucher = voucher;
  }

  async placeMockCall(grant: { id: string; token: string; extension: string }, trainerName: string): Promise<string> {
    const id = this.calls.place(grant.extension, {
      leg: 'mock-caller',
      // The supervision header's form: `<id>;token=<token>`.
      extraHeaders: [`${TRAINING_HEADER}: ${formatSupervisionHeader(grant.id, grant.token)}`],
    });
    this.registry.patch(id, { training: { id: grant.id, trainerName, practiceTarget: '' } });
    return id;
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

  private loadParts(): Promise<SeatParts> {
    this.parts ??= import('./sip/seat-parts').then(({ SeatAudio, SipSupervision, SipTraining, SipTransfers }) => {
      this.transfers = new SipTransfers(this.phone, this.calls);
      this.supervision = new SipSupervision(this.phone, this.calls);
      this.training = new SipTraining(this.phone, this.calls);
      this.audio = new SeatAudio(this.phone);
      this.audio.update();
      return { transfers: this.transfers, supervision: this.supervision, training: this.training, audio: this.audio };
    });
    return this.parts;
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
