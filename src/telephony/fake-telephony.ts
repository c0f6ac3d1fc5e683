import { parseDialledLine, type SupervisionGrant, type SupervisionMode } from '../contract';
import { acceptsIncomingCall } from './call-facts';
import { CallRegistry } from './call-registry';
import { endReasonFromStatus } from './media';
import { practiceDial } from './practice-target';
import { newSnapshot, receivesCallsAs } from './store';
import type { CallSnapshot, ConsultOptions, DialOptions, EndReason, PhoneIdentity, RegistrationState, SupervisionVoucher, Telephony, TrainingVoucher } from './types';

/**
 * A phone without a PBX, for component tests and the API-less dev mode. Calls live in the same
 * registry as the real phone's, so the busy, wrap-up and phase rules and the events are the
 * product's own; tests play the other party with the `simulate*` methods and read back what the
 * UI asked for from `commands`.
 */
export class FakeTelephony implements Telephony {
  private readonly registry = new CallRegistry();
  readonly store = this.registry.store;
  readonly events = this.registry.events;
  readonly commands: string[] = [];
  identity: PhoneIdentity | null = null;
  private nextId = 1;

  async connect(identity: PhoneIdentity): Promise<void> {
    this.commands.push('connect');
    this.identity = identity;
    this.registry.seatWrapsUp = identity.wrapUpCallerCalls === true;
    this.registry.setRegistration({ status: 'registered', failure: null, attempt: 0, retryAt: null, receivesCalls: receivesCallsAs(identity) });
  }

  async disconnect(): Promise<void> {
    this.commands.push('disconnect');
    this.identity = null;
    this.registry.clear();
    this.registry.setRegistration({ status: 'offline', failure: null, receivesCalls: false });
  }

  async yieldRegistration(): Promise<void> {
    this.commands.push('yield');
    this.registry.setRegistration({ status: 'taken-over', receivesCalls: false });
  }

  /** Off: an answered call's audio waits for simulateAudioFlowing, as a real call's first packets do. */
  audioOnAnswer = true;

  async answer(callId: string): Promise<void> {
    this.commands.push(`answer:${callId}`);
    this.registry.established(callId);
    if (this.audioOnAnswer) this.registry.audioFlowing(callId);
  }

  simulateAudioFlowing(callId: string): void {
    this.registry.audioFlowing(callId);
  }

  async decline(callId: string): Promise<void> {
    this.commands.push(`decline:${callId}`);
    this.ended(callId, 'declined');
  }

  async hangUp(callId: string): Promise<void> {
    this.commands.push(`hangup:${callId}`);
    this.ended(callId, 'local-hangup');
  }

  setMuted(callId: string, muted: boolean): void {
    this.commands.push(`mute:${callId}:${muted}`);
    this.registry.patch(callId, { muted });
  }

  async setHeld(callId: string, held: boolean): Promise<void> {
    this.commands.push(`hold:${callId}:${held}`);
    this.registry.held(callId, held);
  }

  async sendDtmf(callId: string, tone: string): Promise<void> {
    this.commands.push(`dtmf:${callId}:${tone}`);
  }

  async dial(number: string, _options?: DialOptions): Promise<string> {
    this.commands.push(`dial:${number}`);
    return this.place(number, 'outbound');
  }

  finishWrapUp(callId: string): void {
    this.commands.push(`wrap-up-done:${callId}`);
    this.registry.finishWrapUp(callId);
  }

  /** As on the real phone, a mock call's transfers record (and dial) the practice target. */
  async blindTransfer(callId: string, number: string): Promise<void> {
    const { dial } = practiceDial(this.registry.find(callId), number);
    if (dial === null) return this.registry.consultationFailed(callId, 'failed');
    this.commands.push(`blind:${callId}:${dial}`);
    this.registry.transferStarted(callId);
  }

  async consult(callId: string, number: string, options: ConsultOptions): Promise<string> {
    const call = this.registry.find(callId);
    const { dial, askedFor } = practiceDial(call, number);
    if (dial === null) throw new Error('no-practice-target');
    this.commands.push(`consult:${callId}:${dial}:${options.holdCaller ? 'hold' : 'keep'}`);
    this.registry.patch(callId, { transferFailure: null });
    if (options.holdCaller) this.registry.held(callId, true);
    const id = this.place(dial, 'consultation', callId);
    if (askedFor !== null) this.registry.patch(id, { remoteNumber: askedFor, line: parseDialledLine(askedFor), training: call?.training ?? null });
    this.registry.patch(callId, { linkedCallId: id });
    return id;
  }

  async completeTransfer(callId: string): Promise<void> {
    this.commands.push(`complete:${callId}`);
    this.registry.transferStarted(callId);
  }

  joinConference(callId: string): void {
    this.commands.push(`conference:${callId}`);
    const linked = this.registry.find(callId)?.linkedCallId;
    this.registry.held(callId, false);
    this.registry.conference(linked ? [callId, linked] : [callId], true);
  }

  private voucher: SupervisionVoucher | null = null;

  setSupervisionVoucher(voucher: SupervisionVoucher | null): void {
    this.voucher = voucher;
  }

  async supervise(grant: SupervisionGrant, supervisorName: string): Promise<string> {
    this.commands.push(`supervise:${grant.extension}:${grant.mode}`);
    const id = this.place(grant.extension, 'supervising');
    this.registry.patch(id, { supervision: { id: grant.id, supervisorName, mode: grant.mode } });
    return id;
  }

  async setSupervisionMode(callId: string, mode: SupervisionMode): Promise<void> {
    this.commands.push(`supervision-mode:${callId}:${mode}`);
    const current = this.registry.find(callId)?.supervision;
    if (current) this.registry.supervision(callId, { ...current, mode });
  }

  private trainingVoucher: TrainingVoucher | null = null;

  setTrainingVoucher(voucher: TrainingVoucher | null): void {
    this.trainingVoucher = voucher;
  }

  async placeMockCall(grant: { id: string; token: string; extension: string }, trainerName: string): Promise<string> {
    this.commands.push(`mock-call:${grant.extension}`);
    const id = this.place(grant.extension, 'mock-caller');
    this.registry.patch(id, { training: { id: grant.id, trainerName, practiceTarget: '' } });
    return id;
  }

  /**
   * A trainer's mock call reaches this seat: as on the real phone, it rings only once the voucher
   * (the API) vouches for its grant, marked as training. Answers the call's id, or '' when refused.
   */
  async simulateTrainingCall(grant: { id: string; token: string }): Promise<string> {
    const id = `fake-${this.nextId++}`;
    const busy = () => !acceptsIncomingCall(this.registry.calls(), this.registry.registration().receivesCalls);
    if (!this.trainingVoucher || busy()) return '';
    const vouched = await this.trainingVoucher.vouch(grant, `${id}@fake`).catch(() => null);
    if (!vouched) return '';
    if (busy()) {
      this.trainingVoucher.ended(vouched.id);
      return '';
    }
    const snapshot: CallSnapshot = {
      ...newSnapshot({ id, sipCallId: `${id}@fake`, direction: 'inbound', leg: 'caller', remoteNumber: '', line: parseDialledLine(vouched.dialled) }),
      training: { id: vouched.id, trainerName: vouched.trainerName, practiceTarget: vouched.practiceTarget },
    };
    return this.registry.offer(snapshot, { replacing: false }) ? id : '';
  }

  /**
   * A supervisor's call reaches this seat: as on the real phone, it is taken without ringing only
   * when the voucher (the API) vouches for it on the seat's caller call. Answers the leg's id, or ''.
   */
  async simulateSupervisionCall(grant: { id: string; token: string }): Promise<string> {
    const caller = this.registry.calls().find((call) => call.leg === 'caller' && call.answeredAt !== null && call.phase !== 'ended' && call.phase !== 'wrap-up');
    const vouched = caller && this.voucher ? await this.voucher.vouch(grant, caller.sipCallId) : null;
    if (!vouched) return '';
    const id = `fake-${this.nextId++}`;
    const snapshot = { ...newSnapshot({ id, sipCallId: `${id}@fake`, direction: 'inbound', leg: 'supervision', remoteNumber: '', line: null }), linkedCallId: caller?.id ?? null };
    this.registry.joinedAtOnce(snapshot);
    this.registry.established(id);
    this.registry.supervision(id, { id: vouched.id, supervisorName: vouched.supervisorName, mode: vouched.mode });
    return id;
  }

  /** The supervisor changed mode: the seat applies what the API now says, as the real phone does. */
  async simulateSupervisionModeInfo(callId: string): Promise<void> {
    const current = this.registry.find(callId)?.supervision;
    const latest = current && this.voucher ? await this.voucher.current(current.id) : null;
    if (current && latest) this.registry.supervision(callId, { ...current, mode: latest.mode });
  }

  async refreshDevices(): Promise<void> {
    this.commands.push('refresh-devices');
  }

  selectMicrophone(deviceId: string): void {
    this.commands.push(`microphone:${deviceId}`);
    this.registry.setDevices({ microphoneId: deviceId });
  }

  async selectSpeaker(deviceId: string): Promise<void> {
    this.commands.push(`speaker:${deviceId}`);
    this.registry.setDevices({ speakerId: deviceId });
  }

  /** A call reaches the phone; answers its id, or '' when the phone turned it away (busy). */
  simulateIncoming(remoteNumber: string, dialled: string | null = '12356'): string {
    const id = `fake-${this.nextId++}`;
    const line = dialled ? parseDialledLine(dialled) : null;
    const snapshot = newSnapshot({ id, sipCallId: `${id}@fake`, direction: 'inbound', leg: line ? 'caller' : 'direct', remoteNumber, line });
    return this.registry.offer(snapshot, { replacing: false }) ? id : '';
  }

  /** The PBX's provisional answer to a call we placed: 182 (queued), 180 (a phone rings). */
  simulateProgress(callId: string, status: number): void {
    this.registry.progress(callId, status);
  }

  simulateRemoteAnswer(callId: string): void {
    this.registry.established(callId);
    this.registry.audioFlowing(callId);
  }

  simulateRemoteHangUp(callId: string, reason: EndReason = 'remote-hangup'): void {
    const call = this.registry.find(callId);
    this.ended(callId, reason);
    const caller = call?.linkedCallId ? this.registry.find(call.linkedCallId) : undefined;
    if (call?.leg === 'consultation' && caller) this.registry.patch(caller.id, { linkedCallId: null });
  }

  /** The other side (or the PBX) refuses an outgoing call with this SIP status, as the real phone reports it. */
  simulateRejected(callId: string, status: number): void {
    this.registry.patch(callId, { rejectedWith: status });
    this.registry.terminated(callId, endReasonFromStatus(status));
  }

  simulateTransferFailure(callId: string, reason: EndReason): void {
    this.registry.transferFailed(callId, reason);
  }

  simulateRegistration(patch: Partial<RegistrationState>): void {
    this.registry.setRegistration(patch);
  }

  simulateCall(patch: Partial<CallSnapshot> & { id: string }): void {
    this.registry.patch(patch.id, patch);
  }

  /**
   * A call ends as on the real phone: a supervisor's leg says supervision is over, and the
   * caller's call takes its supervisor with it (the API is told why).
   */
  private ended(callId: string, reason: EndReason): void {
    const call = this.registry.find(callId);
    if (call?.leg === 'supervision') this.registry.supervision(callId, null);
    this.registry.terminated(callId, reason);
    if (call?.leg !== 'caller') return;
    if (call.training) this.trainingVoucher?.ended(call.training.id);
    for (const leg of this.registry.calls().filter((other) => other.leg === 'supervision' && other.linkedCallId === callId && other.supervision)) {
      this.voucher?.ended(leg.supervision?.id ?? '', reason === 'transferred' ? 'transferred' : 'call-ended');
      this.ended(leg.id, 'local-hangup');
    }
  }

  private place(number: string, leg: 'outbound' | 'consultation' | 'supervising' | 'mock-caller', linkedTo?: string): string {
    const id = `fake-${this.nextId++}`;
    this.registry.dialled({ ...newSnapshot({ id, sipCallId: `${id}@fake`, direction: 'outbound', leg, remoteNumber: number, line: parseDialledLine(number) }), linkedCallId: linkedTo ?? null });
    return id;
  }
}
