import { parseDialledLine } from '../../src/contract';
import type { Queryable } from '../store/store';
import { isStaffExtension } from './credentials';

export type PretendVerdict =
  /** The server is no practice server: no pretend number at all. */
  | { allowed: false; status: 403 }
  /** A staff extension or a public line: the pretend phone would take a seat or the hotline itself. */
  | { allowed: false; status: 409 }
  | { allowed: true; directoryEntry: { number: string; emergency: boolean } | null };

/**
 * Whether a trainer may register their browser as `number`. Only a server started in the demo mode
 * allows it, because a pretend 110 on a live server would be rung by a counsellor's one-click
 * transfer and be handed the caller's location; on a practice server the directory's 110/120 are
 * the trainer's practice services, so the simulator may play them.
 */
export async function judgePretendNumber(db: Queryable, demoMode: boolean, number: string): Promise<PretendVerdict> {
  if (!demoMode) return { allowed: false, status: 403 };
  if (parseDialledLine(number) || (await isStaffExtension(db, number))) return { allowed: false, status: 409 };
  const [entry] = await db.query<{ number: string; emergency: boolean }>(
    'select number, emergency from transfer_targets where number = $1 order by emergency desc limit 1',
    [number],
  );
  return { allowed: true, directoryEntry: entry ?? null };
}
