import { describe, expect, it } from 'vitest';
import type { TransferLogEntry } from '../../contract';
import type { CallSnapshot } from '../../telephony';
import { endReasonFor, mockCallStage, practiceCall, practiceCallTarget } from './mock-call-rules';

function call(patch: Partial<CallSnapshot>): CallSnapshot {
  return {
    id: 'c1',
    sipCallId: 'c1@test',
    direction: 'outbound',
    leg: 'mock-caller',
    phase: 'ringing',
    remoteNumber: '8005',
    line: null,
    createdAt: 0,
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
    ...patch,
  };
}

describe('mockCallStage', () => {
  it.each([
    ['no leg yet', undefined, 'dialling'],
    ['ringing the seat', call({ phase: 'ringing' }), 'dialling'],
    ['answered', call({ phase: 'active', answeredAt: 1 }), 'talking'],
    ['held by the trainee', call({ phase: 'held', answeredAt: 1 }), 'talking'],
    ['ended after an answer', call({ phase: 'ended', answeredAt: 1, endReason: 'remote-hangup' }), 'ended'],
    ['refused before an answer', call({ phase: 'ended', endReason: 'rejected', rejectedWith: 403 }), 'refused'],
  ] as const)('%s → %s', (_, leg, stage) => {
    expect(mockCallStage(leg)).toBe(stage);
  });
});

describe('endReasonFor', () => {
  it.each([
    ['the trainer hung up', call({ phase: 'ended', answeredAt: 1, endReason: 'local-hangup' }), true, 'trainer-ended'],
    ['the trainee hung up', call({ phase: 'ended', answeredAt: 1, endReason: 'remote-hangup' }), false, 'trainee-ended'],
    ['the call dropped', call({ phase: 'ended', answeredAt: 1, endReason: 'failed' }), false, 'call-ended'],
    ['refused before an answer', call({ phase: 'ended', endReason: 'remote-hangup' }), false, 'call-ended'],
    ['the trainer cancelled while it rang', call({ phase: 'ended', endReason: 'local-hangup' }), true, 'trainer-ended'],
  ] as const)('%s → %s', (_, leg, byTrainer, reason) => {
    expect(endReasonFor(leg, byTrainer)).toBe(reason);
  });
});

describe('practiceCall', () => {
  const mock = call({ id: 'mock', phase: 'active', answeredAt: 1 });
  const ringing = call({ id: 'p', leg: 'direct', direction: 'inbound', phase: 'ringing' });
  it.each([
    ['only the mock call', [mock], undefined],
    ['a practice transfer ringing', [mock, ringing], 'p'],
    ['a practice transfer answered', [mock, { ...ringing, phase: 'active' as const, answeredAt: 2 }], 'p'],
    ['a practice transfer hung up', [mock, { ...ringing, phase: 'ended' as const }], undefined],
    ['the whisper leg (placed by the console)', [mock, call({ id: 'w', leg: 'supervising', phase: 'active' })], undefined],
  ])('%s', (_, calls, id) => {
    expect(practiceCall(calls)?.id).toBe(id);
  });
});

describe('practiceCallTarget', () => {
  const entry = (patch: Partial<TransferLogEntry>): TransferLogEntry => ({
    id: 't',
    kind: 'conference',
    targetNumber: '120',
    targetName: '',
    startedAt: '2026-11-30T13:00:00.000Z',
    connectedAt: null,
    endedAt: null,
    outcome: 'ringing',
    handoffId: null,
    ...patch,
  });
  it.each([
    ['no transfer', [], null],
    ['a 120 hand-off ringing', [entry({})], '120'],
    ['an ended one and a newer open one', [entry({ endedAt: '2026-11-30T13:01:00.000Z' }), entry({ targetNumber: '110', startedAt: '2026-11-30T13:02:00.000Z' })], '110'],
    ['two open, the newest wins', [entry({ targetNumber: '110', startedAt: '2026-11-30T13:05:00.000Z' }), entry({})], '110'],
    ['all ended', [entry({ endedAt: '2026-11-30T13:01:00.000Z' })], null],
  ])('%s → %s', (_, transfers, target) => {
    expect(practiceCallTarget(transfers)).toBe(target);
  });
});
