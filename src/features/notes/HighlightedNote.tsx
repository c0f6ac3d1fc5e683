import type { ReactNode } from 'react';
import type { RiskMatch } from '../../contract';

/** A note with its risk words marked; the text is always rendered as text, never as HTML. */
export function HighlightedNote({ text, matches }: { text: string; matches: RiskMatch[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) parts.push(text.slice(at, match.start));
    parts.push(
      <mark key={match.start} className="rounded bg-red-100 px-0.5 text-red-900">
        {text.slice(match.start, match.end)}
      </mark>,
    );
    at = match.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span className="whitespace-pre-wrap break-words">{parts}</span>;
}
