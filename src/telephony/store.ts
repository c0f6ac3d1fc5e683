import { createStore, type StoreApi } from 'zustand/vanilla';
import { nextCallPhase, type CallPhaseEvent } from './phase';
import type { CallSnapshot, RegistrationState, TelephonyState } from './types';


export const offlineRegistration: RegistrationState = {
  status: 'offline',
  failure: null,
  attempt: 0,
  retryAt: null,
  receivesCalls: false,
};

export function createTelephonyStore(): StoreApi<TelephonyState> {
  return createStore<TelephonyState>(() => ({
    registration: offlineRegistration,
    calls: [],
    devices: { microphones: [], speakers: [], microphoneId: null, speakerId: null },
  }));
}

/** How long an ended call stays visible ("caller hung up") before it leaves the list. */
export const ENDED_CALL_LINGER_MS = 8000;

export function addCall(store: StoreApi<TelephonyState>, call: CallSnapshot): void {
  store.setState((state) => ({ calls: [...state.calls, call] }));
}

export function patchCall(store: StoreApi<TelephonyState>, id: string, patch: Partial<CallSnapshot>): void {
  store.setState((state) => ({
    calls: state.calls.map((call) => (call.id === id ? { ...call, ...patch } : call)),
  }));
}

export function stepCall(
  store: StoreApi<TelephonyState>,
  id: string,
  event: CallPhaseEvent,
  patch: Partial<CallSnapshot> = {},
): void {
  store.setState((state) => ({
    calls: state.calls.map((call) =>
      call.id === id ? { ...call, ...patch, phase: nextCallPhase(call.phase, event) } : call,
    ),
  }));
}

export function removeCall(store: StoreApi<TelephonyState>, id: string): void {
  store.setState((state) => ({ calls: state.calls.filter((call) => call.id !== id) }));
}

export function patchRegistration(store: StoreApi<TelephonyState>, patch: Partial<RegistrationState>): void {
  store.setState((state) => ({ registration: { ...state.registration, ...patch } }));
}

export function findCall(store: StoreApi<TelephonyState>, id: string): CallSnapshot | undefined {
  return store.getState().calls.find((call) => call.id === id);
}

export function newSnapshot(
  identity: Pick<CallSnapshot, 'id' | 'sipCallId' | 'direction' | 'remoteNumber' | 'line'>,
): CallSnapshot {
  return {
    ...identity,
    phase: 'idle',
    createdAt: Date.now(),
    answeredAt: null,
    audioFlowing: false,
    endedAt: null,
    muted: false,
    held: false,
    remoteHeld: false,
    endReason: null,
    dtmfReceived: '',
    quality: null,
    linkedCallId: null,
    conference: false,
    transferFailure: null,
    handoff: null,
  };
}
