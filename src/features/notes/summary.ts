import type { Notes } from '../../contract';
import { formatDuration } from '../../lib/time';

/** The notes as summary lines, "[mm:ss] text", in call order. */
export function notesToSummary(notes: Notes): string {
  return [...notes]
    .sort((a, b) => a.atSec - b.atSec)
    .map((note) => `[${formatDuration(note.atSec * 1000)}] ${note.text}`)
    .join('\n');
}
