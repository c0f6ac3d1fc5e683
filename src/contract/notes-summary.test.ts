import { describe, expect, it } from 'vitest';
import { notesToSummary } from './notes-summary';

describe('notesToSummary', () => {
  it('lists the notes by call time with their clock stamps', () => {
    expect(
      notesToSummary([
        { id: 'b', atSec: 754, text: '已联系家人', edited: false },
        { id: 'a', atSec: 65, text: '考试压力，失眠', edited: true },
      ]),
    ).toBe('[01:05] 考试压力，失眠\n[12:34] 已联系家人');
  });

  it('counts minutes past the hour on a long call', () => {
    expect(notesToSummary([{ id: 'a', atSec: 3725, text: '仍在通话', edited: false }])).toBe('[62:05] 仍在通话');
  });

  it('is empty without notes', () => {
    expect(notesToSummary([])).toBe('');
  });
});
