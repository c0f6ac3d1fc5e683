import { describe, expect, it } from 'vitest';
import {
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
} from './call-facts';
import { newSnapshot } from './store';
import type { CallDirection, CallLeg, CallPhase, CallSnapshot } from './types';

const phases: CallPhase[] = ['idle', 'ringing', 'connecting', 'active', 'held', 'transferring', 'wrap-up', 'ended'];
const legs: Array<[CallLeg, CallDirection]> = [
  ['caller', 'inbound'],
  ['direct', 'inbound'],
  ['outbound', 'outbound'],
  ['consultation', 'outbound'],
];

function call(leg: CallLeg, direction: CallDirection, phase: CallPhase, answered = false): CallSnapshot {
  return {
    ...newSnapshot({ id: `${leg}-${phase}`, sipCallId: 'x', direction, leg, remoteNumber: '13800138000', line: null }),
    phase,
    answeredAt: answered ? 1 : null,
  };
}

/** Per phase, for any leg: occupies the seat, on a call, talking, finished, in wrap-up. */
const byPhase: Record<CallPhase, [boolean, boolean, boolean, boolean, boolean]> = {
  idle: [false, false, false, false, false],
  ringing: [true, true, false, false, false],
  connecting: [true, true, false, false, false],
  active: [true, true, true, false, false],
  held: [true, true, true, false, false],
  transferring: [true, true, false, false, false],
  'wrap-up': [true, false, false, true, true],
  ended: [false, false, false, true, false],
};

describe('call facts by phase', () => {
  for (const [leg, direction] of legs) {
    for (const phase of phases) {
      const [occupies, onCall, talking, finished, wrapUp] = byPhase[phase];
      it(`${leg} ${phase}: occupies ${occupies}, on call ${onCall}, talking ${talking}, finished ${finished}`, () => {
        const subject = call(leg, direction, phase);
        expect(occupiesSeat(subject)).toBe(occupies);
        expect(isOnCall(subject)).toBe(onCall);
        expect(isTalking(subject)).toBe(talking);
        expect(isFinished(subject)).toBe(finished);
        expect(inWrapUp(subject)).toBe(wrapUp);
        expect(isOffered(subject)).toBe(direction === 'inbound' && phase === 'ringing');
        expect(isInProgress(subject)).toBe(onCall && !(direction === 'inbound' && phase === 'ringing'));
      });
    }
  }
});

describe('call facts by leg', () => {
  it.each<[CallLeg, CallDirection, boolean, boolean]>([
    // leg, direction, a caller's call, a record is kept once answered
    ['caller', 'inbound', true, true],
    ['direct', 'inbound', false, false],
    ['outbound', 'outbound', false, false],
    ['consultation', 'outbound', false, false],
  ])('%s: caller %s, record %s', (leg, direction, caller, record) => {
    expect(isCallerCall(call(leg, direction, 'active', true))).toBe(caller);
    expect(keepsRecord(call(leg, direction, 'active', true))).toBe(record);
    expect(keepsRecord(call(leg, direction, 'ringing', false))).toBe(false);
  });

  it.each<[CallLeg, CallDirection, boolean, boolean, boolean]>([
    // leg, direction, answered, seat writes callers up, → needs wrap-up
    ['caller', 'inbound', true, true, true],
    ['caller', 'inbound', false, true, false],
    ['caller', 'inbound', true, false, false],
    ['direct', 'inbound', true, true, false],
    ['outbound', 'outbound', true, true, false],
    ['consultation', 'outbound', true, true, false],
  ])('%s answered %s on a seat that wraps up %s → wrap-up %s', (leg, direction, answered, seatWrapsUp, expected) => {
    expect(needsWrapUp(call(leg, direction, 'active', answered), seatWrapsUp)).toBe(expected);
  });

  it.each<[CallPhase, boolean]>([
    ['ringing', false],
    ['connecting', false],
    ['active', true],
    ['held', true],
    ['transferring', true],
    ['wrap-up', false],
  ])('a caller call %s can be handed on: %s', (phase, expected) => {
    expect(isTransferableCallerCall(call('caller', 'inbound', phase, true))).toBe(expected);
    expect(isTransferableCallerCall(call('direct', 'inbound', phase, true))).toBe(false);
  });
});

describe('a supervisor’s leg at the counsellor’s seat', () => {
  it.each<CallPhase>(['connecting', 'active', 'ended'])('%s: never rings, shows as a call or busies the seat', (phase) => {
    const leg = call('supervision', 'inbound', phase, phase !== 'connecting');
    expect([isOffered(leg), isInProgress(leg), isFinished(leg), occupiesSeat(leg), keepsRecord(leg)]).toEqual([false, false, false, false, false]);
    expect(acceptsIncomingCall([leg], true)).toBe(true);
  });

  it('is the active supervision once connected and vouched for', () => {
    const connected = { ...call('supervision', 'inbound', 'active', true), supervision: { id: 'g', supervisorName: '陈督导', mode: 'listen' as const } };
    expect(activeSupervision([call('caller', 'inbound', 'active', true), connected])).toBe(connected);
    expect(activeSupervision([call('supervision', 'inbound', 'active', true)])).toBeUndefined();
    expect(activeSupervision([{ ...connected, phase: 'ended' }])).toBeUndefined();
  });
});

describe('a mock call (#14)', () => {
  const training = { id: 't1', trainerName: '林培训师', practiceTarget: 'tr8201' };

  it.each<[string, CallSnapshot, boolean, boolean]>([
    // what, call, a mock call, moves the seat's state
    ['a real caller', call('caller', 'inbound', 'active', true), false, true],
    ['the trainee’s mock call', { ...call('caller', 'inbound', 'active', true), training }, true, false],
    ['the trainer’s mock-caller leg', { ...call('mock-caller', 'outbound', 'active', true), training }, false, false],
    ['a practice consultation', { ...call('consultation', 'outbound', 'active', true), training }, false, false],
    ['a colleague’s call', call('direct', 'inbound', 'active', true), false, false],
  ])('%s: mock call %s, moves the seat %s', (_what, snapshot, mock, moves) => {
    expect(isTrainingCall(snapshot)).toBe(mock);
    expect(movesSeatState(snapshot)).toBe(moves);
  });

  it('still occupies the trainee’s phone, keeps a record and wraps up; the trainer’s side does neither', () => {
    const mock = { ...call('caller', 'inbound', 'active', true), training };
    expect([occupiesSeat(mock), keepsRecord(mock), needsWrapUp(mock, true), acceptsIncomingCall([mock], true)]).toEqual([true, true, true, false]);
    const trainerSide = { ...call('mock-caller', 'outbound', 'active', true), training };
    expect([occupiesSeat(trainerSide), keepsRecord(trainerSide), needsWrapUp(trainerSide, true), acceptsIncomingCall([trainerSide], true)]).toEqual([false, false, false, true]);
  });
});

describe('acceptsIncomingCall', () => {
  it.each<[string, CallSnapshot[], boolean, boolean]>([
    ['an idle seat', [], true, true],
    ['a phone that does not receive calls', [], false, false],
    ['a seat in wrap-up', [call('caller', 'inbound', 'wrap-up', true)], true, false],
    ['a seat with a caller ringing', [call('caller', 'inbound', 'ringing')], true, false],
    ['a seat on an outbound call', [call('outbound', 'outbound', 'active', true)], true, false],
    ['a seat whose last call just ended', [call('caller', 'inbound', 'ended', true)], true, true],
  ])('%s → %s', (_name, calls, receivesCalls, expected) => {
    expect(acceptsIncomingCall(calls, receivesCalls)).toBe(expected);
  });
});

describe('callerAndConsultation', () => {
  it('finds the caller being talked to and the consultation linked to it', () => {
    const caller = { ...call('caller', 'inbound', 'held', true), linkedCallId: 'consultation-active' };
    const consulted = call('consultation', 'outbound', 'active', true);
    expect(callerAndConsultation([consulted, caller])).toEqual({ caller, consulted });
    expect(callerAndConsultation([call('caller', 'inbound', 'ringing')])).toEqual({ caller: undefined, consulted: undefined });
  });
});
