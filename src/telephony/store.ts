import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CallSnapshot, PhoneIdentity, RegistrationState, TelephonyState } from './types';

export const offlineRegistration: RegistrationState = {
  status: 'offline',
  failure: null,
  attempt: 0,
  retryAt: null,
  receivesCalls: false,
};

/** Whether a phone with this identity registers to be offered calls. */
export function receivesCallsAs(identity: PhoneIdentity): boolean {
  return identity.credentials !== undefined && identity.placesCallsOnly !== true;
}

export function createTelephonyStore(): StoreApi<TelephonyState> {
  return createStore<TelephonyState>(() => ({
    registration: offlineRegistration,
    calls: [],
    devices: { microphones: [], speakers: [], microphoneId: null, speakerId: null },
  }));
}

/** How long an ended call stays visible ("caller hung up") before it leaves the list. */
export const ENDED_CALL_LINGER_MS = 8000;

export function newSnapshot(
  identity: Pick<CallSnapshot, 'id' | 'sipCallId' | 'direction' | 'leg' | 'remoteNumber' | 'line'>,
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
    rejectedWith: null,
    queued: false,
    dtmfReceived: '',
    quality: null,
    linkedCallId: null,
    conference: false,
    transferFailure: null,
    handoff: null,
    problem: null,
    supervision: null,
    training: null,
    practiceFor: null,
  };
}
