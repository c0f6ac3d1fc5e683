import { describe, expect, it } from 'vitest';
import { saveConflicts } from './revisions';

const stored = { revision: 3, value: { summary: '学业压力', tags: ['失眠'], override: undefined } };

describe('saveConflicts', () => {
  it.each([
    ['a newer revision, whatever it holds', 4, { summary: '另一段' }, false],
    ['a retry of what is stored, at its revision', 3, { tags: ['失眠'], summary: '学业压力' }, false],
    ['a retry of what is stored, at an older revision', 2, { summary: '学业压力', tags: ['失眠'] }, false],
    ['other content at the stored revision (another tab)', 3, { summary: '另一段', tags: ['失眠'] }, true],
    ['other content at an older revision (late replay, or kept after the other tab saved again)', 2, { summary: '旧的', tags: [] }, true],
    ['the same entries in another order', 3, { summary: '学业压力', tags: [] }, true],
  ])('%s', (_case, revision, value, conflict) => {
    expect(saveConflicts(revision, stored, value)).toBe(conflict);
  });
});
