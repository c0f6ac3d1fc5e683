import { describe, expect, it } from 'vitest';
import type { EndReason } from '../../telephony';
import { consultationOutcome, unreachedOutcome } from './transfer-log';

describe('consultationOutcome', () => {
  it.each<[EndReason | null, boolean, boolean, string]>([
    ['transferred', true, false, 'completed'],
    ['transferred', true, true, 'left'],
    ['replaced', true, false, 'completed'],
    ['busy', false, false, 'busy'],
    ['unavailable', false, true, 'unavailable'],
    ['no-answer', false, false, 'no-answer'],
    ['not-found', false, false, 'not-found'],
    ['local-hangup', false, false, 'cancelled'],
    ['failed', false, false, 'failed'],
    [null, false, false, 'failed'],
    ['local-hangup', true, false, 'cancelled'],
    ['local-hangup', true, true, 'dropped'],
    ['remote-hangup', true, false, 'dropped'],
    ['remote-hangup', true, true, 'dropped'],
  ])('%s, connected %s, conference %s → %s', (reason, connected, conference, outcome) => {
    expect(consultationOutcome(reason, connected, conference)).toBe(outcome);
  });
});

describe('unreachedOutcome', () => {
  it.each<[EndReason | null, string]>([
    ['busy', 'busy'],
    ['rejected', 'failed'],
    ['microphone-denied', 'failed'],
  ])('%s → %s', (reason, outcome) => {
    expect(unreachedOutcome(reason)).toBe(outcome);
  });
});
