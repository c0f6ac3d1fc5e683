import type { Store } from '../store/store';
import { parseDialledLine, type PbxNoRouteReason } from '../../src/contract';
import { holdsNextCallSql } from '../contacts/handover';
import { hasLiveSoftphone } from '../sip/credentials';
import { noRouteReason, type SeatOnLine } from './no-route-reason';

export interface RouteRequest {
  dialled: string;
  callId: string;
  /** Lookup hash of the caller's number, or null when the PBX saw none. */
  callerNumberHash: string | null;
  /** SIP usernames already offered this call. */
  tried: readonly string[];
}

export type RouteDecision =
  | { outcome: 'offered'; sipUsername: string }
  | { outcome: 'no_counsellor'; reason: PbxNoRouteReason };

/**
 * Counsellors who can take a call now, over `staff st join seats se`: their seat is available (so
 * they are clocked in, and not on a call, in wrap-up even past its time, on break or offline) and
 * their softphone is signed in (a live SIP credential under a live session), and no high- or
 * imminent-risk record of theirs is left neither completed nor handed to a supervisor: the seat's
 * status is the browser's to set, so this rule is kept here, where no browser can skip it.
 */
export const eligible = `st.role = 'counsellor' and se.status = 'available' and ${hasLiveSoftphone} and not ${holdsNextCallSql('st.id')}`;

/**
 * Picks the counsellor to ring for a call to a public line: the area code's centre, or anyone in the
 * province for plain 12356; never one already tried; the one offered a call longest ago first, so
 * calls spread over the seats. The decision is recorded for the call's history; when nobody is
 * offered the call it says why. A number that is no line of this deployment is not recorded.
 */
export async function routeCall(store: Store, request: RouteRequest): Promise<RouteDecision> {
  const line = parseDialledLine(request.dialled);
  if (!line) return { outcome: 'no_counsellor', reason: 'unknown-line' };
  if (line.areaCode) {
    const centre = await store.query('select 1 from centres where area_code = $1', [line.areaCode]);
    if (centre.length === 0) return { outcome: 'no_counsellor', reason: 'unknown-line' };
  }

  return store.transaction(async (tx) => {
    // SKIP LOCKED: two calls routed at the same moment go to two counsellors, not both to one; and
    // a seat whose status is changing right now (its row is locked) is passed over, not rung.
    const [pick] = await tx.query<{ staffId: string; sipUsername: string }>(
      `select st.id as "staffId", st.sip_username as "sipUsername"
         from staff st join seats se on se.staff_id = st.id
        where ${eligible}
          and ($1::text is null or st.centre_area_code = $1)
          and st.sip_username <> all($2::text[])
        order by se.last_offered_at asc nulls first, st.sip_username
        limit 1
        for update of st, se skip locked`,
      [line.areaCode, request.tried],
    );
    if (pick) {
      await tx.query('update seats set last_offered_at = clock_timestamp() where staff_id = $1', [pick.staffId]);
    }
    await tx.query(
      `insert into call_routing (call_id, dialled, area_code, offered_to, outcome, caller_number_hash)
       values ($1, $2, $3, $4, $5, $6)`,
      [request.callId, line.dialled, line.areaCode, pick?.sipUsername ?? null, pick ? 'offered' : 'no_counsellor', request.callerNumberHash],
    );
    if (pick) return { outcome: 'offered', sipUsername: pick.sipUsername };
    // Read only when nobody is offered the call, so ringing a counsellor costs nothing more.
    const seats = await tx.query<SeatOnLine>(
      `select se.status, st.sip_username = any($2::text[]) as tried
         from staff st join seats se on se.staff_id = st.id
        where st.role = 'counsellor' and ${hasLiveSoftphone}
          and ($1::text is null or st.centre_area_code = $1)`,
      [line.areaCode, request.tried],
    );
    return { outcome: 'no_counsellor', reason: noRouteReason(seats) };
  });
}
