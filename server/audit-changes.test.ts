import { describe, expect, it } from 'vitest';
import { changesBetween } from './audit-changes';

describe('changesBetween', () => {
  it.each([
    ['nothing changed', { a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }, []],
    ['a number', { wrapUpLimitSec: 300 }, { wrapUpLimitSec: 240 }, [{ path: 'wrapUpLimitSec', before: 300, after: 240 }]],
    ['a nested field', { queue: { limit: 1 } }, { queue: { limit: 2 } }, [{ path: 'queue.limit', before: 1, after: 2 }]],
    ['a field added', {}, { trainee: true }, [{ path: 'trainee', before: null, after: true }]],
    ['a field removed', { trainee: true }, {}, [{ path: 'trainee', before: true, after: null }]],
    ['a plain array, whole', { overflowCentres: ['0592'] }, { overflowCentres: ['0592', '0593'] }, [
      { path: 'overflowCentres', before: ['0592'], after: ['0592', '0593'] },
    ]],
    ['an entry by id', { targets: [{ id: 'police', number: '110' }] }, { targets: [{ id: 'police', number: '0591110' }] }, [
      { path: 'targets[police].number', before: '110', after: '0591110' },
    ]],
    ['an entry added', { targets: [] }, { targets: [{ id: 'fire', number: '119' }] }, [
      { path: 'targets[fire]', before: null, after: { id: 'fire', number: '119' } },
    ]],
    ['entries reordered', { targets: [{ id: 'a' }, { id: 'b' }] }, { targets: [{ id: 'b' }, { id: 'a' }] }, [
      { path: 'targets.order', before: ['a', 'b'], after: ['b', 'a'] },
    ]],
  ])('%s', (_, before, after, expected) => {
    expect(changesBetween(before, after)).toEqual(expected);
  });
});
