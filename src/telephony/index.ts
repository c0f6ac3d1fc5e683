export type {
  AudioDevice,
  AudioDevices,
  CallDirection,
  CallLeg,
  CallPhase,
  CallProblem,
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
  SupervisionOnCall,
  SupervisionVoucher,
  Telephony,
  TelephonyState,
  TrainingOnCall,
  TrainingVoucher,
} from './types';
export type { TelephonyEvent, TelephonyEventOf, TelephonyEventType } from './events';
export {
  acceptsIncomingCall,
  activeSupervision,
  callerAndConsultation,
  inWrapUp,
  isCallerCall,
  isFinished,
  isInProgress,
  isOffered,
  isOnCall,
  isTalking,
  isTrainingCall,
  isTransferableCallerCall,
  keepsRecord,
  movesSeatState,
  needsWrapUp,
  occupiesSeat,
  onAPhoneCall,
  seatBusy,
} from './call-facts';
export { TelephonyProvider, useTelephony, useTelephonyEvent, useTelephonyState } from './react';
export { FakeTelephony } from './fake-telephony';

/** Loads sip.js only when a phone is needed, keeping it out of the sign-in screen's bundle. */
export async function createSipTelephony(): Promise<import('./types').Telephony> {
  const { SipTelephony } = await import('./sip-telephony');
  return new SipTelephony();
}
