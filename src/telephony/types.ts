import type { DialledLine, Supervision, SupervisionEndReason, SupervisionGrant, SupervisionMode, VouchedTraining } from '../contract';

/** Where a single call stands. One pure reducer (phase.ts) owns every transition. */
export type CallPhase =
  | 'idle'
  | 'ringing'
  | 'connecting'
  | 'active'
  | 'held'
  | 'transferring'
  | 'wrap-up'
  | 'ended';

export type CallDirection = 'inbound' | 'outbound';

/**
 * What a call is to this phone, fixed when it starts. The call facts (call-facts.ts) read it:
 * a leg type added later (a supervisor listening in, a trainer's mock call) is one more row there.
 * - caller: a hotline caller who reached this seat through a public line (12356 or an area line);
 * - direct: any other incoming call (a colleague, a transferred caller reaching a service);
 * - outbound: a call this phone placed (a call-back, the simulator's caller, a followed transfer);
 * - consultation: a call placed beside a caller's call, to consult, conference or hand off;
 * - supervision: a supervisor listening in on this seat's caller call (accepted without ringing,
 *   once the API vouched for its grant);
 * - supervising: the supervisor's own side of that call;
 * - mock-caller: a trainer's console playing the caller of a mock call on a trainee's seat (the
 *   trainee's side is a `caller` leg marked `training`).
 */
export type CallLeg = 'caller' | 'direct' | 'outbound' | 'consultation' | 'supervision' | 'supervising' | 'mock-caller';

/**
 * A mock call on the trainee's seat (#14), as the API vouched for it: who plays the caller, and
 * the one number every transfer, consultation and emergency hand-off of the call dials instead of
 * the number asked for (the trainer's console), so a training call never reaches a real service.
 */
export interface TrainingOnCall {
  /** The training call's id (the API's name for it). */
  id: string;
  trainerName: string;
  practiceTarget: string;
}

/** Who supervises, in which mode: on both sides' supervision leg, as the API last vouched for it. */
export interface SupervisionOnCall {
  /** The grant's id: the API's name for this supervision. */
  id: string;
  supervisorName: string;
  mode: SupervisionMode;
}

/** Why a call ended, in words the UI can translate. */
export type EndReason =
  | 'local-hangup'
  | 'remote-hangup'
  | 'declined'
  | 'caller-cancelled'
  | 'busy'
  | 'not-found'
  | 'unavailable'
  | 'no-answer'
  | 'rejected'
  | 'microphone-denied'
  | 'no-microphone'
  /** Handed over to another party (blind or attended transfer, leaving a conference). */
  | 'transferred'
  /** Replaced by the same caller's transferred call (the receiving side of an attended transfer). */
  | 'replaced'
  | 'failed';

export type QualityLevel = 'good' | 'fair' | 'poor';

export interface CallQuality {
  rttMs: number | null;
  jitterMs: number | null;
  lossPercent: number | null;
  level: QualityLevel;
}

/** A plain, serialisable picture of one call; never a sip.js object. */
export interface CallSnapshot {
  id: string;
  /** SIP Call-ID, shared with the API's contact record. */
  sipCallId: string;
  direction: CallDirection;
  leg: CallLeg;
  phase: CallPhase;
  /** The other party's number: a caller's number is personal data, show it masked. */
  remoteNumber: string;
  /** The public line the caller dialled, when the PBX routed it from 12356. */
  line: DialledLine | null;
  createdAt: number;
  answeredAt: number | null;
  /**
   * The other side's audio has started to arrive (its first packet). Screens defer heavy work
   * until then, so it cannot delay the call's set-up or the first audio (bench/call-setup).
   */
  audioFlowing: boolean;
  endedAt: number | null;
  muted: boolean;
  /** We put the other side on hold. */
  held: boolean;
  /** The other side put us on hold. */
  remoteHeld: boolean;
  endReason: EndReason | null;
  /**
   * The SIP status an outgoing call was refused with (480, 486 …), for screens that explain it in
   * their own words: to the caller simulator, 480 from the hotline means nobody is on duty.
   */
  rejectedWith: number | null;
  /**
   * The hotline holds this outgoing call in its queue (182 Queued) until a counsellor is free;
   * false again once a phone rings (180) or the call is answered or ends.
   */
  queued: boolean;
  /** Digits the other side sent (SIP INFO), newest last. */
  dtmfReceived: string;
  quality: CallQuality | null;
  /** The other call of a consultation or conference: the caller's call ↔ the consulted party's. */
  linkedCallId: string | null;
  /** This call and its linked call are mixed in this browser: all three parties hear each other. */
  conference: boolean;
  /** Why the last transfer, consultation or conference attempt failed; the caller stayed. */
  transferFailure: EndReason | null;
  /** A hand-off packet reference that came with the call (the 110/120 side of a hand-off). */
  handoff: { id: string; token: string } | null;
  /** The last thing asked of this call that did not work; the call itself goes on. */
  problem: CallProblem | null;
  /** On a supervision or supervising leg: who supervises and how. */
  supervision: SupervisionOnCall | null;
  /** On a mock call (the trainee's caller leg, the trainer's mock-caller leg): the training call. */
  training: TrainingOnCall | null;
  /**
   * A practice call reaching the trainer's console: the number the trainee asked for ("120"), as
   * its X-Practice-For header said (the console checks it: parsePracticeFor).
   */
  practiceFor: string | null;
}

/** Failures the counsellor is told of while the call goes on (each has a message in i18n). */
export type CallProblem = 'hold-failed' | 'dtmf-failed' | 'microphone-switch-failed' | 'speaker-failed' | 'playback-blocked';

export type RegistrationStatus =
  | 'offline'
  | 'connecting'
  | 'registered'
  | 'failed'
  /** Another tab or device took this seat's registration. */
  | 'taken-over';

export type RegistrationFailure =
  | 'pbx-unreachable'
  | 'credentials-rejected'
  | 'microphone-denied'
  | 'no-microphone'
  | 'unsupported-browser';

export interface RegistrationState {
  status: RegistrationStatus;
  failure: RegistrationFailure | null;
  /** Reconnect attempts since the last success; 0 when healthy. */
  attempt: number;
  /** When the next automatic attempt is due (epoch ms), if one is scheduled. */
  retryAt: number | null;
  /** Whether this phone registers to receive calls, or only places them (anonymous caller). */
  receivesCalls: boolean;
}

export interface AudioDevice {
  deviceId: string;
  label: string;
}

export interface AudioDevices {
  microphones: AudioDevice[];
  speakers: AudioDevice[];
  microphoneId: string | null;
  speakerId: string | null;
}

export interface TelephonyState {
  registration: RegistrationState;
  calls: CallSnapshot[];
  devices: AudioDevices;
}

export interface PhoneIdentity {
  wsUrl: string;
  domain: string;
  registerExpiresSec: number;
  /** Absent for an anonymous phone that only places calls (a caller in the simulator). */
  credentials?: { username: string; password: string; displayName: string };
  /**
   * A phone with credentials that still only places calls: the supervisor's listening phone
   * authenticates its calls but never registers, so no caller is ever offered to it and it
   * never takes the registration of the supervisor's own seat.
   */
  placesCallsOnly?: boolean;
  /**
   * A counsellor's seat: a caller's call that connected goes to wrap-up when it ends, and the
   * seat takes no new caller until wrap-up is finished. Simulator phones skip this.
   */
  wrapUpCallerCalls?: boolean;
}

export interface DialOptions {
  /** Shown to the callee as the caller's number when the phone is anonymous. */
  fromNumber?: string;
}

export interface ConsultOptions {
  /** Put the caller on hold (a consultation) or keep them talking (a conference about to start). */
  holdCaller: boolean;
  /** Join the conference as soon as the consulted party answers. */
  conferenceOnAnswer: boolean;
  /** Offered to the consulted party in the X-Handoff header. */
  handoff?: { id: string; token: string };
}

/**
 * What the counsellor's phone asks the API about a supervision call (the app wires it to the API
 * client, so telephony never imports it). The API is the only judge: a call it does not vouch
 * for is refused, and a mode change heard in the call counts only as the API then answers it.
 */
export interface SupervisionVoucher {
  /** The API's answer to a grant offered with a call to this seat, on this caller call; null: refuse. */
  vouch(grant: { id: string; token: string }, callerSipCallId: string): Promise<Supervision | null>;
  /** The supervision as the API has it now; null when it has ended or cannot be read. */
  current(id: string): Promise<Supervision | null>;
  /** This seat's side ended it (call ended, transferred, or the counsellor hung the supervisor up). */
  ended(id: string, reason: SupervisionEndReason): void;
}

/**
 * What the trainee's phone asks the API about a mock call (the app wires it to the API client).
 * A call carrying a training grant rings only when the API vouches for it; otherwise it is refused.
 */
export interface TrainingVoucher {
  /** The API's answer to the grant the INVITE carried, for this call's SIP Call-ID; null: refuse. */
  vouch(grant: { id: string; token: string }, sipCallId: string): Promise<VouchedTraining | null>;
  /** The mock call ended on this seat (the API hears it; the trainer's console does too). */
  ended(id: string): void;
}

/**
 * Everything a feature may ask of the phone. Implemented by SipTelephony (sip.js) and by
 * FakeTelephony (component tests); features never see a sip.js object.
 */
/** The telephony store as features see it: they read and subscribe; only telephony writes. */
export type ReadonlyTelephonyStore = Pick<
  import('zustand/vanilla').StoreApi<TelephonyState>,
  'getState' | 'getInitialState' | 'subscribe'
>;

export interface Telephony {
  readonly store: ReadonlyTelephonyStore;
  /** What happened, as it happens: features react to these rather than diffing snapshots. */
  readonly events: import('./events').TelephonyEvents;
  connect(identity: PhoneIdentity): Promise<void>;
  disconnect(): Promise<void>;
  /** Stop receiving calls because another tab took the seat; calls in progress stay up. */
  yieldRegistration(): Promise<void>;
  answer(callId: string): Promise<void>;
  decline(callId: string): Promise<void>;
  hangUp(callId: string): Promise<void>;
  setMuted(callId: string, muted: boolean): void;
  setHeld(callId: string, held: boolean): Promise<void>;
  sendDtmf(callId: string, tone: string): Promise<void>;
  dial(number: string, options?: DialOptions): Promise<string>;
  /** The counsellor finished the record of a call that is in wrap-up. */
  finishWrapUp(callId: string): void;
  /** Sends the caller to `number` and leaves; if the target cannot take them, they stay. */
  blindTransfer(callId: string, number: string): Promise<void>;
  /** Calls `number` beside the caller's call; answers the new call's id. */
  consult(callId: string, number: string, options: ConsultOptions): Promise<string>;
  /** Connects the caller to the consulted party (attended transfer, or leaving a conference). */
  completeTransfer(callId: string): Promise<void>;
  /** Mixes the caller's call and its consultation into a three-way conference. */
  joinConference(callId: string): void;
  /** The counsellor's phone: how to check supervision calls; without one, every such call is refused. */
  setSupervisionVoucher(voucher: SupervisionVoucher | null): void;
  /** The supervisor's phone: calls the counsellor's seat with the grant; answers the new call's id. */
  supervise(grant: SupervisionGrant, supervisorName: string): Promise<string>;
  /** The supervisor's phone, after the API accepted the change: tells the counsellor's phone to re-check. */
  setSupervisionMode(callId: string, mode: SupervisionMode): Promise<void>;
  /** The trainee's phone: how to check mock calls; without one, every such call is refused. */
  setTrainingVoucher(voucher: TrainingVoucher | null): void;
  /** The trainer's console: calls the trainee's seat with the grant, as the caller; answers the call's id. */
  placeMockCall(grant: { id: string; token: string; extension: string }, trainerName: string): Promise<string>;
  refreshDevices(): Promise<void>;
  selectMicrophone(deviceId: string): void;
  selectSpeaker(deviceId: string): Promise<void>;
}
