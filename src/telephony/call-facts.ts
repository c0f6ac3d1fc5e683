import type { CallLeg, CallPhase, CallSnapshot } from './types';

/**
 * The facts every screen and hook asks of a call, named once. Nothing outside this file decides
 * what "a caller's call" or "on a call" means; a new kind of leg is one more row in `legRules`.
 */
interface LegRule {
  /** While it lasts, the seat takes no other caller. */
  occupiesSeat: boolean;
  /** Once answered and ended, the seat writes it up before the next caller. */
  wrapsUp: boolean;
  /** A call record is kept of it. */
  keepsRecord: boolean;
  /** The phone's own conversation: it rings, shows as a call with its buttons, and as ended. */
  shownAsCall: boolean;
}

const legRules: Record<CallLeg, LegRule> = {
  caller: { occupiesSeat: true, wrapsUp: true, keepsRecord: true, shownAsCall: true },
  direct: { occupiesSeat: true, wrapsUp: false, keepsRecord: false, shownAsCall: true },
  outbound: { occupiesSeat: true, wrapsUp: false, keepsRecord: false, shownAsCall: true },
  consultation: { occupiesSeat: true, wrapsUp: false, keepsRecord: false, shownAsCall: true },
  // A supervisor rides along on the caller's call: it neither busies the seat nor leaves a record
  // of its own (the caller's record logs it), and the counsellor sees it as a banner, not a call.
  supervision: { occupiesSeat: false, wrapsUp: false, keepsRecord: false, shownAsCall: false },
  supervising: { occupiesSeat: false, wrapsUp: false, keepsRecord: false, shownAsCall: true },
  // The trainer's console plays a caller: a practice transfer (the trainee's 120) may still ring it.
  'mock-caller': { occupiesSeat: false, wrapsUp: false, keepsRecord: false, shownAsCall: true },
};

const onCallPhases: ReadonlySet<CallPhase> = new Set(['ringing', 'connecting', 'active', 'held', 'transferring']);

/** A hotline caller who reached this seat through a public line. */
export function isCallerCall(call: CallSnapshot): boolean {
  return call.leg === 'caller';
}

/**
 * A mock call on this trainee's seat (#14): its record is training data, its transfers dial the
 * practice target, and it moves neither the seat's state nor the shift's figures.
 */
export function isTrainingCall(call: CallSnapshot): boolean {
  return call.leg === 'caller' && call.training !== null;
}

/**
 * A call that moves the seat's state the PBX routes by (on-call, wrap-up, available, debrief) and
 * so counts in the shift clock's figures and fatigue rules: a real caller's, never a mock call.
 */
export function movesSeatState(call: CallSnapshot): boolean {
  return isCallerCall(call) && !isTrainingCall(call);
}

/** A call a record is kept of, once it is answered. */
export function keepsRecord(call: CallSnapshot): boolean {
  return legRules[call.leg].keepsRecord && call.answeredAt !== null;
}

/** The seat is busy with this call (ringing, talking or writing it up) and takes no other caller. */
export function occupiesSeat(call: CallSnapshot): boolean {
  return legRules[call.leg].occupiesSeat && call.phase !== 'idle' && call.phase !== 'ended';
}

/** A call that, having ended, goes to wrap-up on a seat that writes its callers up. */
export function needsWrapUp(call: CallSnapshot, seatWrapsUp: boolean): boolean {
  return seatWrapsUp && legRules[call.leg].wrapsUp && call.answeredAt !== null;
}

/** Ringing, connecting or talking: the counsellor is on the phone (not writing up). */
export function isOnCall(call: CallSnapshot): boolean {
  return onCallPhases.has(call.phase);
}

/** Someone is calling this phone and waits for an answer. */
export function isOffered(call: CallSnapshot): boolean {
  return legRules[call.leg].shownAsCall && call.direction === 'inbound' && call.phase === 'ringing';
}

/** On the phone, past the offer: shown as a call in progress. */
export function isInProgress(call: CallSnapshot): boolean {
  return legRules[call.leg].shownAsCall && isOnCall(call) && !isOffered(call);
}

/** Connected and not being handed on: hold, mute and DTMF apply. */
export function isTalking(call: CallSnapshot): boolean {
  return call.phase === 'active' || call.phase === 'held';
}

/** Over as a conversation: being written up, or gone (shown as ended). */
export function isFinished(call: CallSnapshot): boolean {
  return legRules[call.leg].shownAsCall && (call.phase === 'wrap-up' || call.phase === 'ended');
}

export function inWrapUp(call: CallSnapshot): boolean {
  return call.phase === 'wrap-up';
}

/** The caller's call that transfers, consultations and hand-offs work on. */
export function isTransferableCallerCall(call: CallSnapshot): boolean {
  return isCallerCall(call) && (isTalking(call) || call.phase === 'transferring');
}

/** Whether a new caller may ring this phone now. A transferred call that replaces one of ours always may. */
export function acceptsIncomingCall(calls: readonly CallSnapshot[], receivesCalls: boolean): boolean {
  return receivesCalls && !calls.some(occupiesSeat);
}

export function seatBusy(calls: readonly CallSnapshot[]): boolean {
  return calls.some(occupiesSeat);
}

export function onAPhoneCall(calls: readonly CallSnapshot[]): boolean {
  return calls.some(isOnCall);
}

/** The caller's call on this seat (being talked to or handed on), and the consultation beside it. */
export function callerAndConsultation(calls: readonly CallSnapshot[]): {
  caller: CallSnapshot | undefined;
  consulted: CallSnapshot | undefined;
} {
  const caller = calls.find(isTransferableCallerCall);
  const consulted = caller?.linkedCallId ? calls.find((call) => call.id === caller.linkedCallId) : undefined;
  return { caller, consulted };
}

/** The supervisor listening in on this seat's caller call, connected (the counsellor's banner shows it). */
export function activeSupervision(calls: readonly CallSnapshot[]): CallSnapshot | undefined {
  return calls.find((call) => call.leg === 'supervision' && call.phase === 'active' && call.supervision !== null);
}
