import { describe, expect, it } from 'vitest';
import type { CentreAlert } from '../../contract';
import { helpStatus, SEEN_SHOWN_MS } from './help-status';

const seenAt = '2026-03-01T06:05:00.000Z';
const request = (acknowledgedAt: string | null): CentreAlert => ({
  id: '7d0b8c1e-3f5a-4b2c-9d8e-1a2b3c4d5e6f',
  kind: 'help',
  raisedAt: '2026-03-01T06:04:00.000Z',
  staffId: 'c1',
  staffName: '张咨询员',
  reason: null,
  line: '059112356',
  acknowledgedAt,
  acknowledgedBy: acknowledgedAt ? '陈督导' : null,
});

describe('helpStatus', () => {
  const seen = Date.parse(seenAt);
  it.each([
    ['no request yet', null, seen, { kind: 'none' }],
    ['an open request', request(null), seen + 3 * SEEN_SHOWN_MS, { kind: 'waiting' }],
    ['just seen', request(seenAt), seen + 1000, { kind: 'seen', by: '陈督导', at: seenAt }],
    ['seen, at the end of the time shown', request(seenAt), seen + SEEN_SHOWN_MS, { kind: 'seen', by: '陈督导', at: seenAt }],
    ['seen long ago', request(seenAt), seen + SEEN_SHOWN_MS + 1, { kind: 'none' }],
  ])('%s', (_, latest, now, expected) => {
    expect(helpStatus(latest, now)).toEqual(expected);
  });
});
