import { parseDialledLine } from '../contract';
import { occupiesSeat } from './phase';
import { addCall, createTelephonyStore, findCall, newSnapshot, patchCall, patchRegistration, removeCall, stepCall } from './store';
import type { CallSnapshot, ConsultOptions, DialOptions, EndReason, PhoneIdentity, RegistrationState, Telephony } from './types';

/**
 * A phone without a PBX, for component tests and the API-less dev mode. It moves calls through
 * the same reducer and store as the real one; tests play the other party with the `simulate*`
 * methods and read back what the UI asked for from `commands`.
 */
export class FakeTelephony implements Telephony {
  readonly store = createTelephonyStore();
  readonly commands: string[] = [];
  identity: PhoneIdentity | null = null;
  private nextId = 1;

  async connect(identity: PhoneIdentity): Promise<void> {
    this.commands.push('connect');
    this.identity = identity;
    patchRegistration(this.store, {
      status: 'registered',
      failure: null,
      attempt: 0,
      retryAt: null,
      receivesCalls: identity.credentials !== undefined,
    });
  }

  async disconnect(): Promise<void> {
    this.commands.push('disconnect');
    this.identity = null;
    this.store.setState({ calls: [] });
    patchRegistration(this.store, { status: 'offline', failure: null, receivesCalls: false });
  }

  async yieldRegistration(): Promise<void> {
    this.commands.push('yield');
    patchRegistration(this.store, { status: 'taken-over', receivesCalls: false });
  }

  async answer(callId: string): Promise<void> {
    this.commands.push(`answer:${callId}`);
    stepCall(this.store, callId, { type: 'answer' });
    stepCall(this.store, callId, { type: 'established' }, { answeredAt: Date.now(), audioFlowing: true });
  }

  async decline(callId: string): Promise<void> {
    this.commands.push(`decline:${callId}`);
    this.end(callId, 'declined');
  }

  async hangUp(callId: string): Promise<void> {
    this.commands.push(`hangup:${callId}`);
    this.end(callId, 'local-hangup');
  }

  setMuted(callId: string, muted: boolean): void {
    this.commands.push(`mute:${callId}:${muted}`);
    patchCall(this.store, callId, { muted });
  }

  async setHeld(callId: string, held: boolean): Promise<void> {
    this.commands.push(`hold:${callId}:${held}`);
    stepCall(this.store, callId, { type: held ? 'hold' : 'resume' }, { held });
  }

  async sendDtmf(callId: string, tone: string): Promise<void> {
    this.commands.push(`dtmf:${callId}:${tone}`);
  }

  async dial(number: string, _options?: DialOptions): Promise<string> {
    this.commands.push(`dial:${number}`);
    const id = `fake-${this.nextId++}`;
    addCall(this.store, newSnapshot({ id, sipCallId: `${id}@fake`, direction: 'outbound', remoteNumber: number, line: null }));
    stepCall(this.store, id, { type: 'dial' });
    return id;
  }

  finishWrapUp(callId: string): void {
    this.commands.push(`wrap-up-done:${callId}`);
    stepCall(this.store, callId, { type: 'wrap-up-done' });
    removeCall(this.store, callId);
  }

  async blindTransfer(callId: string, number: string): Promise<void> {
    this.commands.push(`blind:${callId}:${number}`);
    stepCall(this.store, callId, { type: 'transfer-start' }, { transferFailure: null });
  }

  async consult(callId: string, number: string, options: ConsultOptions): Promise<string> {
    this.commands.push(`consult:${callId}:${number}:${options.holdCaller ? 'hold' : 'keep'}`);
    if (options.holdCaller) stepCall(this.store, callId, { type: 'hold' }, { held: true });
    const id = `fake-${this.nextId++}`;
    addCall(this.store, {
      ...newSnapshot({ id, sipCallId: `${id}@fake`, direction: 'outbound', remoteNumber: number, line: null }),
      linkedCallId: callId,
    });
    stepCall(this.store, id, { type: 'dial' });
    patchCall(this.store, callId, { linkedCallId: id, transferFailure: null });
    return id;
  }

  async completeTransfer(callId: string): Promise<void> {
    this.commands.push(`complete:${callId}`);
    stepCall(this.store, callId, { type: 'transfer-start' });
  }

  joinConference(callId: string): void {
    this.commands.push(`conference:${callId}`);
    const linked = findCall(this.store, callId)?.linkedCallId;
    stepCall(this.store, callId, { type: 'resume' }, { held: false, conference: true });
    if (linked) patchCall(this.store, linked, { conference: true });
  }

  simulateTransferFailure(callId: string, reason: EndReason): void {
    const call = findCall(this.store, callId);
    if (call) stepCall(this.store, callId, { type: 'transfer-failed', held: call.held }, { transferFailure: reason });
  }

  async refreshDevices(): Promise<void> {
    this.commands.push('refresh-devices');
  }

  selectMicrophone(deviceId: string): void {
    this.commands.push(`microphone:${deviceId}`);
    this.store.setState((state) => ({ devices: { ...state.devices, microphoneId: deviceId } }));
  }

  async selectSpeaker(deviceId: string): Promise<void> {
    this.commands.push(`speaker:${deviceId}`);
    this.store.setState((state) => ({ devices: { ...state.devices, speakerId: deviceId } }));
  }

  simulateIncoming(remoteNumber: string, dialled: string | null = '12356'): string {
    const busy = this.store.getState().calls.some((call) => occupiesSeat(call.phase));
    if (busy) return '';
    const id = `fake-${this.nextId++}`;
    addCall(this.store, newSnapshot({
      id,
      sipCallId: `${id}@fake`,
      direction: 'inbound',
      remoteNumber,
      line: dialled ? parseDialledLine(dialled) : null,
    }));
    stepCall(this.store, id, { type: 'incoming' });
    return id;
  }

  simulateRemoteAnswer(callId: string): void {
    stepCall(this.store, callId, { type: 'established' }, { answeredAt: Date.now(), audioFlowing: true });
  }

  simulateRemoteHangUp(callId: string, reason: EndReason = 'remote-hangup'): void {
    this.end(callId, reason);
  }

  simulateRegistration(patch: Partial<RegistrationState>): void {
    patchRegistration(this.store, patch);
  }

  simulateCall(patch: Partial<CallSnapshot> & { id: string }): void {
    patchCall(this.store, patch.id, patch);
  }

  private end(callId: string, reason: EndReason): void {
    const call = findCall(this.store, callId);
    if (!call) return;
    stepCall(
      this.store,
      callId,
      {
        type: 'terminated',
        wasEstablished: call.answeredAt !== null,
        needsWrapUp: call.direction === 'inbound' && call.line !== null && this.identity?.wrapUpCallerCalls === true,
      },
      { endReason: reason, endedAt: Date.now() },
    );
  }
}
