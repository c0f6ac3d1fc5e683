import { describe, expect, it } from 'vitest';
import { readDetail } from './detail';

describe('an audit entry’s detail as the viewer reads it', () => {
  it.each([
    ['{}', { changes: [], others: [] }],
    ['{"reason": "expired"}', { changes: [], others: [['reason', 'expired']] }],
    [
      '{"changes": [{"path": "wrapUpLimitSec", "after": 240, "before": 300}], "areaCode": "0591"}',
      { changes: [{ path: 'wrapUpLimitSec', after: 240, before: 300 }], others: [['areaCode', '0591']] },
    ],
    ['{"changes": "not a list"}', { changes: [], others: [['changes', 'not a list']] }],
    ['{"changes": [{"before": 1}]}', { changes: [], others: [['changes', [{ before: 1 }]]] }],
    ['[1, 2]', { changes: [], others: [['detail', [1, 2]]] }],
    ['not json', { changes: [], others: [['detail', 'not json']] }],
  ])('reads %s', (text, read) => {
    expect(readDetail(text)).toEqual(read);
  });
});
