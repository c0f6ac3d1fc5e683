import { describe, expect, it } from 'vitest';
import { notesToSummary } from './summary';

describe('notesToSummary', () => {
  it('lists the notes by call time with their clock stamps', () => {
    expect(
      notesToSummary([
        { id: 'b', atSec: 754, text: '已联系家人', edited: false },
        { id: 'a', atSec: 65, text: '考试压力，失眠', edited: true },
      ]),
    ).toBe('[01:05] 考试压力，失眠\n[12:34] 已联系家人');
  });

  it('is empty without notes', () => {
    expect(notesToSummary([])).toBe('');
  });
});
