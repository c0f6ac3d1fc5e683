import type { StoreApi } from 'zustand/vanilla';
import { acceptsIncomingCall, needsWrapUp } from './call-facts';
import { TelephonyEventBus } from './events';
import { nextCallPhase, type CallPhaseEvent } from './phase';
import { createTelephonyStore, ENDED_CALL_LINGER_MS } from './store';
import type { AudioDevices, CallSnapshot, EndReason, ReadonlyTelephonyStore, RegistrationState, SupervisionOnCall, TelephonyState } from './types';

/**
 * The one writer of call snapshots and the one source of telephony events, shared by the real
 * phone and the fake: the busy, wrap-up and phase rules run here for both, so a component test
 * on the fake exercises the product's own rules.
 */
export class CallRegistry {
  private readonly writable: StoreApi<TelephonyState> = createTelephonyStore();
  readonly store: ReadonlyTelephonyStore = this.writable;
  readonly events = new TelephonyEventBus();
  /** A counsellor's seat writes its callers' calls up before taking the next caller. */
  seatWrapsUp = false;
  private readonly lingering = new Map<string, ReturnType<typeof setTimeout>>();

  calls(): CallSnapshot[] {
    return this.writable.getState().calls;
  }

  find(id: string): CallSnapshot | undefined {
    return this.calls().find((call) => call.id === id);
  }

  /**
   * A call arriving. It rings unless the seat is taken (one caller at a time) or the phone
   * does not receive calls; a call that replaces one of ours (attended transfer) always rings.
   */
  offer(snapshot: CallSnapshot, options: { replacing: boolean }): boolean {
    const { registration, calls } = this.writable.getState();
    if (!options.replacing && !acceptsIncomingCall(calls, registration.receivesCalls)) return false;
    this.add(snapshot);
    const call = this.step(snapshot.id, { type: 'incoming' });
    if (call) this.events.emit({ type: 'call-offered', call });
    return true;
  }

  /**
   * A call the phone takes at once without ringing (a supervisor's, vouched for by the API): no
   * offer, no ring, and the seat's one-caller rule does not apply, for it rides on the caller's call.
   */
  joinedAtOnce(snapshot: CallSnapshot): void {
    this.add(snapshot);
    this.step(snapshot.id, { type: 'dial' });
  }

  dialled(snapshot: CallSnapshot): void {
    this.add(snapshot);
    const call = this.step(snapshot.id, { type: 'dial' });
    if (call) this.events.emit({ type: 'call-dialled', call });
  }

  /**
   * A provisional answer to a call this phone placed: 182 means the line queued it; a phone
   * ringing (180, 183) means it left the queue.
   */
  progress(id: string, status: number): void {
    const before = this.find(id);
    if (before?.phase !== 'connecting') return;
    const queued = status === 182;
    if (before.queued === queued) return;
    const call = this.patch(id, { queued });
    if (call && queued) this.events.emit({ type: 'call-queued', call });
  }

  established(id: string): void {
    // An answered caller steps ringing → connecting → active here, once the 200 OK is out (see
    // SipCallControl.answer), in one store update: each update re-renders the screen, on the
    // main thread the call's set-up still needs. Calls this phone placed are connecting already.
    const before = this.find(id);
    // A late "established" after the call ended must not give it an answer time.
    if (before?.phase !== 'ringing' && before?.phase !== 'connecting') return;
    const call = this.update(id, (current) => ({
      ...current,
      answeredAt: Date.now(),
      queued: false,
      phase: nextCallPhase(nextCallPhase(current.phase, { type: 'answer' }), { type: 'established' }),
    }));
    if (call) this.events.emit({ type: 'call-answered', call });
  }

  /** The other side's audio has started to arrive: screens may now do their heavier work. */
  audioFlowing(id: string): void {
    const call = this.find(id);
    if (call && !call.audioFlowing && call.phase !== 'ended' && call.phase !== 'wrap-up') this.patch(id, { audioFlowing: true });
  }

  held(id: string, held: boolean): void {
    const before = this.find(id);
    const call = this.step(id, { type: held ? 'hold' : 'resume' }, { held });
    if (call && before?.phase !== call.phase) this.events.emit({ type: held ? 'call-held' : 'call-resumed', call });
  }

  transferStarted(id: string): void {
    const before = this.find(id);
    const call = this.step(id, { type: 'transfer-start' }, { transferFailure: null });
    if (call && before?.phase !== call.phase) this.events.emit({ type: 'transfer-started', call });
  }

  transferFailed(id: string, reason: EndReason): void {
    const before = this.find(id);
    if (before?.phase !== 'transferring') return;
    const call = this.step(id, { type: 'transfer-failed', held: before.held }, { transferFailure: reason });
    if (call) this.events.emit({ type: 'transfer-failed', call, reason });
  }

  /** A consultation that never connected: the caller stays, and the counsellor is told why. */
  consultationFailed(id: string, reason: EndReason): void {
    this.patch(id, { transferFailure: reason });
  }

  conference(ids: string[], on: boolean): void {
    for (const id of ids) {
      const before = this.find(id);
      if (!before || before.conference === on) continue;
      const call = this.patch(id, { conference: on });
      if (call) this.events.emit({ type: on ? 'conference-started' : 'conference-ended', call });
    }
  }

  /** A supervision leg's supervisor or mode as the API now vouches for it; null once it is over. */
  supervision(id: string, supervision: SupervisionOnCall | null): void {
    const before = this.find(id);
    if (!before || before.phase === 'ended') return;
    const call = this.patch(id, { supervision });
    if (!call) return;
    if (supervision === null) this.events.emit({ type: 'supervision-ended', call: { ...call, supervision: before.supervision } });
    else this.events.emit({ type: before.supervision ? 'supervision-changed' : 'supervision-started', call });
  }

  /** The call is over: to wrap-up if the seat writes it up, otherwise ended (and gone after a moment). */
  terminated(id: string, reason: EndReason, patch: Partial<CallSnapshot> = {}): void {
    const before = this.find(id);
    if (!before || before.phase === 'ended' || before.phase === 'wrap-up') return;
    const call = this.step(
      id,
      { type: 'terminated', wasEstablished: before.answeredAt !== null, needsWrapUp: needsWrapUp(before, this.seatWrapsUp) },
      { ...patch, endReason: reason, endedAt: Date.now(), quality: null, linkedCallId: null, conference: false, queued: false },
    );
    if (!call) return;
    this.events.emit({ type: 'call-ended', call, reason });
    if (call.phase === 'ended') this.lingering.set(id, setTimeout(() => this.remove(id), ENDED_CALL_LINGER_MS));
  }

  finishWrapUp(id: string): void {
    const call = this.step(id, { type: 'wrap-up-done' });
    if (!call || call.phase !== 'ended') return;
    this.remove(id);
    this.events.emit({ type: 'wrap-up-finished', call });
  }

  patch(id: string, patch: Partial<CallSnapshot>): CallSnapshot | undefined {
    return this.update(id, (call) => ({ ...call, ...patch }));
  }

  remove(id: string): void {
    clearTimeout(this.lingering.get(id));
    this.lingering.delete(id);
    this.writable.setState((state) => ({ calls: state.calls.filter((call) => call.id !== id) }));
  }

  clear(): void {
    for (const timer of this.lingering.values()) clearTimeout(timer);
    this.lingering.clear();
    this.writable.setState({ calls: [] });
  }

  registration(): RegistrationState {
    return this.writable.getState().registration;
  }

  setRegistration(patch: Partial<RegistrationState>): void {
    const previous = this.registration();
    const registration = { ...previous, ...patch };
    this.writable.setState({ registration });
    if (registration.status !== previous.status || registration.failure !== previous.failure) {
      this.events.emit({ type: 'registration-changed', registration, previous });
    }
  }

  devices(): AudioDevices {
    return this.writable.getState().devices;
  }

  setDevices(patch: Partial<AudioDevices>): void {
    this.writable.setState((state) => ({ devices: { ...state.devices, ...patch } }));
  }

  private add(snapshot: CallSnapshot): void {
    this.writable.setState((state) => ({ calls: [...state.calls, snapshot] }));
  }

  private step(id: string, event: CallPhaseEvent, patch: Partial<CallSnapshot> = {}): CallSnapshot | undefined {
    return this.update(id, (call) => ({ ...call, ...patch, phase: nextCallPhase(call.phase, event) }));
  }

  private update(id: string, change: (call: CallSnapshot) => CallSnapshot): CallSnapshot | undefined {
    let changed: CallSnapshot | undefined;
    this.writable.setState((state) => ({
      calls: state.calls.map((call) => {
        if (call.id !== id) return call;
        changed = change(call);
        return changed;
      }),
    }));
    return changed;
  }
}
