import type { Notes } from './notes';

const clock = (seconds: number) =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

/** The notes as summary lines, "[mm:ss] text", in call order. */
export function notesToSummary(notes: Notes): string {
  return [...notes]
    .sort((a, b) => a.atSec - b.atSec)
    .map((note) => `[${clock(note.atSec)}] ${note.text}`)
    .join('\n');
}
