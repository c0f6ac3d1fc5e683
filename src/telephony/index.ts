export type {
  AudioDevice,
  AudioDevices,
  CallDirection,
  CallPhase,
  CallQuality,
  CallSnapshot,
  ConsultOptions,
  DialOptions,
  EndReason,
  PhoneIdentity,
  QualityLevel,
  RegistrationFailure,
  RegistrationState,
  RegistrationStatus,
  Telephony,
  TelephonyState,
} from './types';
export { occupiesSeat } from './phase';
export { TelephonyProvider, useTelephony, useTelephonyState } from './react';
export { FakeTelephony } from './fake-telephony';

/** Loads sip.js only when a phone is needed, keeping it out of the sign-in screen's bundle. */
export async function createSipTelephony(): Promise<import('./types').Telephony> {
  const { SipTelephony } = await import('./sip-telephony');
  return new SipTelephony();
}
