import type { CentreAlert } from '../../contract';

/** How long "seen by …" stays under the button: long enough to notice, not a stale note for the shift. */
export const SEEN_SHOWN_MS = 15 * 60_000;

export type HelpStatus = { kind: 'none' } | { kind: 'waiting' } | { kind: 'seen'; by: string; at: string };

/** What the help button shows for the counsellor's latest request at `now`. */
export function helpStatus(request: CentreAlert | null, now: number): HelpStatus {
  if (!request) return { kind: 'none' };
  if (request.acknowledgedAt === null) return { kind: 'waiting' };
  if (now - Date.parse(request.acknowledgedAt) > SEEN_SHOWN_MS) return { kind: 'none' };
  return { kind: 'seen', by: request.acknowledgedBy ?? '', at: request.acknowledgedAt };
}
