import type { QueuePriority } from '../../src/contract';
import type { Queryable } from '../store/store';
import type { CallerFacts } from './order';

/** A public-line call's row (hotline_calls) as routing and the queue read it. */
export interface HotlineCall {
  callId: string;
  dialled: string;
  areaCode: string | null;
  state: 'routing' | 'waiting' | 'answered' | 'abandoned' | 'busy' | 'ended';
  priority: QueuePriority;
  queuedAt: Date | null;
  releasedTo: string | null;
  /** The PBX holds the call suspended (it told us the transaction): a release can continue it. */
  held: boolean;
  passedOver: string[];
}

const columns = `call_id as "callId", dialled, area_code as "areaCode", state, priority, queued_at as "queuedAt",
  released_to as "releasedTo", pbx_tindex is not null as held, passed_over as "passedOver"`;

/**
 * The call's row, made when the PBX first asks for it and locked until the transaction ends, so
 * a release, a hang-up and a re-ask of one call take turns. `fresh`: this ask made it.
 */
export async function arriveCall(
  tx: Queryable,
  call: { callId: string; dialled: string; areaCode: string | null; callerNumberHash: string | null },
): Promise<{ call: HotlineCall; fresh: boolean }> {
  // One statement: an upsert locks the row it finds, and xmax = 0 tells a row this insert made.
  const [row] = await tx.query<HotlineCall & { fresh: boolean }>(
    `insert into hotline_calls (call_id, dialled, area_code, caller_number_hash) values ($1, $2, $3, $4)
     on conflict (call_id) do update set call_id = excluded.call_id
     returning ${columns}, (xmax = 0) as fresh`,
    [call.callId, call.dialled, call.areaCode, call.callerNumberHash],
  );
  if (!row) throw new Error('hotline call row missing after upsert');
  const { fresh, ...stored } = row;
  return { call: stored, fresh };
}

/**
 * What the records and the nuisance list say of a caller's number: a high or imminent record in
 * the last 30 days; a live listing by the line's centre (any centre's for plain 12356).
 */
export async function callerFacts(db: Queryable, callerNumberHash: string | null, areaCode: string | null): Promise<CallerFacts> {
  if (callerNumberHash === null) return { recentRisk: false, listing: 'none' };
  const [facts] = await db.query<CallerFacts>(
    `select exists (select 1 from contacts
                     where caller_number_hash = $1 and risk_level in ('high', 'imminent')
                       and answered_at > now() - interval '30 days') as "recentRisk",
            coalesce((select case when bool_or(blocked) then 'blocked' else 'listed' end from nuisance_numbers
                       where caller_number_hash = $1 and removed_at is null and expires_at > now()
                         and ($2::text is null or centre_area_code = $2)), 'none') as listing`,
    [callerNumberHash, areaCode],
  );
  return facts ?? { recentRisk: false, listing: 'none' };
}

/** Ends a call that was never answered (abandoned or busy); false when it had already ended or was answered. */
export async function finishUnanswered(db: Queryable, callId: string, outcome: 'abandoned' | 'busy'): Promise<string | null> {
  const [row] = await db.query<{ dialled: string }>(
    `update hotline_calls set state = $2, finished_at = now(), released_to = null
      where call_id = $1 and state in ('routing', 'waiting') returning dialled`,
    [callId, outcome],
  );
  return row?.dialled ?? null;
}

/**
 * Whether calls already wait that a counsellor of this line could take: a new caller then joins
 * the line behind them instead of taking the seat that just came free.
 */
export async function othersWaiting(db: Queryable, areaCode: string | null): Promise<boolean> {
  const rows = await db.query(
    `select 1 from hotline_calls
      where state = 'waiting' and released_to is null and pbx_tindex is not null
        and ($1::text is null or area_code is null or area_code = $1) limit 1`,
    [areaCode],
  );
  return rows.length > 0;
}

/** SQL over `staff st`: no queued call is being released to this counsellor right now. */
export const noReleaseOutstanding = `not exists (select 1 from hotline_calls rel where rel.state = 'waiting' and rel.released_to = st.sip_username)`;
