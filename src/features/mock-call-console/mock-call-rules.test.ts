import { describe, expect, it } from 'vitest';
import type { TransferLogEntry } from '../../contract';
import { endReasonFor, practiceCallTarget } from './mock-call-rules';

describe('endReasonFor', () => {
  it.each([
    ['the trainer hung up a call the trainee took', true, true, 'trainer-ended'],
    ['the trainer cancelled while it rang', false, true, 'trainer-ended'],
    ['the trainee hung up', true, false, 'trainee-ended'],
    ['refused or never answered', false, false, 'call-ended'],
  ] as const)('%s → %s', (_, answered, byTrainer, reason) => {
    expect(endReasonFor(answered, byTrainer)).toBe(reason);
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
  const ended = '2026-11-30T13:01:00.000Z';
  it.each([
    ['the phone said 120', '120', [], '120'],
    ['the phone said, the record differs', '110', [entry({})], '110'],
    ['no word, no transfer', null, [], null],
    ['no word, a 120 hand-off ringing', null, [entry({})], '120'],
    ['no word, an ended one and a newer open one', null, [entry({ endedAt: ended }), entry({ targetNumber: '110', startedAt: '2026-11-30T13:02:00.000Z' })], '110'],
    ['no word, two open: the newest', null, [entry({ targetNumber: '110', startedAt: '2026-11-30T13:05:00.000Z' }), entry({})], '110'],
    ['no word, all ended', null, [entry({ endedAt: ended })], null],
  ])('%s → %s', (_, askedFor, transfers, target) => {
    expect(practiceCallTarget(askedFor, transfers)).toBe(target);
  });
});
