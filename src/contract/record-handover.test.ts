import { describe, expect, it } from 'vitest';
import { holdsNextCall, RecordHandoverRequest, type RecordHold } from './record-handover';

describe('holdsNextCall', () => {
  it.each<[RecordHold, boolean]>([
    [{ status: 'draft', riskLevel: 'imminent', handedOver: false }, true],
    [{ status: 'draft', riskLevel: 'high', handedOver: false }, true],
    [{ status: 'draft', riskLevel: 'imminent', handedOver: true }, false],
    [{ status: 'draft', riskLevel: 'high', handedOver: true }, false],
    [{ status: 'completed', riskLevel: 'imminent', handedOver: false }, false],
    [{ status: 'completed', riskLevel: 'high', handedOver: false }, false],
    [{ status: 'draft', riskLevel: 'moderate', handedOver: false }, false],
    [{ status: 'draft', riskLevel: 'low', handedOver: false }, false],
    [{ status: 'draft', riskLevel: 'none', handedOver: false }, false],
  ])('%o holds the next call: %s', (record, holds) => {
    expect(holdsNextCall(record)).toBe(holds);
  });
});

describe('RecordHandoverRequest', () => {
  it.each([
    ['来电者拒绝提供回拨号码，已请督导跟进', true],
    ['', false],
    ['   ', false],
    ['x'.repeat(501), false],
  ])('reason %j is accepted: %s', (reason, ok) => {
    expect(RecordHandoverRequest.safeParse({ reason }).success).toBe(ok);
  });
});
