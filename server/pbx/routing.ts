import { parseDialledLine, type PbxNoRouteReason } from '../../src/contract';
import type { CentreSettingsOverrides } from '../config';
import { holdsNextCallSql } from '../contacts/handover';
import type { LiveBus, LiveChange } from '../events/bus';
import { arriveCall, callerFacts, finishUnanswered, noReleaseOutstanding, othersWaiting, type HotlineCall } from '../queue/calls';
import { callerPriority } from '../queue/order';
import { loadCentreSettings } from '../shifts/settings';
import { hasLiveSoftphone } from '../sip/credentials';
import type { Queryable, Store } from '../store/store';
import { liveMockCallSql } from '../training/rows';
import { noRouteReason, type SeatOnLine } from './no-route-reason';

export interface RouteRequest {
  dialled: string;
  callId: string;
  /** Lookup hash of the caller's number, or null when the PBX saw none. */
  callerNumberHash: string | null;
  /** SIP usernames already offered this call. */
  tried: readonly string[];
  /** The one just named whose phone the PBX found unregistered (not a ring-out). */
  unreachable?: string | null;
}

export type RouteDecision =
  | { outcome: 'offered'; sipUsername: string }
  /** Nobody free: the PBX holds the caller for at most `limitSec` more, until the queue releases the call. */
  | { outcome: 'queue'; limitSec: number }
  | { outcome: 'no_counsellor'; reason: PbxNoRouteReason };

export interface RouteOptions {
  overrides: CentreSettingsOverrides;
  /** Told after the commit what happened to the call (queued, offered, busy). */
  live?: LiveBus;
}

/**
 * A trainee not signed off is never offered a real call: not on duty, as the no-route reason sees
 * it; nor is a deactivated account (#15), whose seat and credentials end with it anyway.
 */
const takesRealCalls = 'not st.trainee and st.deactivated_at is null';
/** A mock call does not occupy the seat (#14), but the person is busy with it. */
const onMockCall = `exists (select 1 from training_calls tc where tc.trainee_id = st.id and ${liveMockCallSql})`;

/**
 * Counsellors who can take a call now, over `staff st join seats se`: their seat is available (so
 * they are clocked in, and not on a call, in wrap-up even past its time, on break or offline) and
 * their softphone is signed in (a live SIP credential under a live session), no high- or
 * imminent-risk record of theirs is left neither completed nor handed to a supervisor (the seat's
 * status is the browser's to set, so this rule is kept here, where no browser can skip it),
 * no queued call is on its way to their phone, and they are not practising a mock call (#14).
 */
export const eligible = `st.role = 'counsellor' and se.status = 'available' and ${hasLiveSoftphone} and not ${holdsNextCallSql('st.id')} and ${noReleaseOutstanding} and ${takesRealCalls} and not ${onMockCall}`;

interface Decided {
  decision: RouteDecision;
  change: Extract<LiveChange, { kind: 'call' }>['change'] | null;
}

/**
 * Picks the counsellor to ring for a call to a public line: the area code's centre, or anyone in the
 * province for plain 12356; never one already tried; the one offered a call longest ago first, so
 * calls spread over the seats. When every counsellor on duty is busy the caller joins the queue
 * (server/queue); a call the queue released is offered to the counsellor it was released to, and
 * goes back to its place in line when they let it ring out. A blocked number hears busy at once.
 * Every call to a line of this deployment is recorded (hotline_calls) for the queue figures.
 */
export async function routeCall(store: Store, request: RouteRequest, options: RouteOptions = { overrides: {} }): Promise<RouteDecision> {
  const dialled = parseDialledLine(request.dialled);
  if (!dialled) return { outcome: 'no_counsellor', reason: 'unknown-line' };
  let line = dialled;
  if (line.areaCode) {
    const [centre] = await store.query<{ line_open: boolean }>('select line_open from centres where area_code = $1', [line.areaCode]);
    if (!centre) return { outcome: 'no_counsellor', reason: 'unknown-line' };
    // A closed centre line (#15) is routed as plain 12356 to the whole province: a caller in crisis
    // who dials an old or closed number still reaches a counsellor rather than a busy tone.
    if (!centre.line_open) line = { dialled: line.dialled, areaCode: null };
  }

  const { decision, change } = await store.transaction(async (tx): Promise<Decided> => {
    const { call, fresh } = await arriveCall(tx, { callId: request.callId, dialled: line.dialled, areaCode: line.areaCode, callerNumberHash: request.callerNumberHash });
    const settings = await loadCentreSettings(tx, line.areaCode, options.overrides);
    const priorityNow = async () => callerPriority(await callerFacts(tx, request.callerNumberHash, line.areaCode), settings);
    // A blocked number is refused on its first ask; the place in line matters only when queued.
    const firstPriority = fresh ? await priorityNow() : null;
    if (firstPriority === 'refused') {
      await finishUnanswered(tx, call.callId, 'busy');
      return { decision: { outcome: 'no_counsellor', reason: 'all-busy' }, change: 'busy' };
    }
    if (call.state === 'waiting') return releasedOrBackInLine(tx, call, request, settings.queueLimitSec);
    if (call.state !== 'routing') return { decision: { outcome: 'no_counsellor', reason: 'all-busy' }, change: null };

    // Callers already waiting for this line come first: a seat that just came free is theirs.
    const waitingAhead = await othersWaiting(tx, line.areaCode);
    const seats = waitingAhead ? [] : await seatsOnLine(tx, line.areaCode, request.tried);
    const pick = await lockFirstFree(tx, seats);
    if (pick) {
      await offer(tx, request, line.areaCode, pick);
      return { decision: { outcome: 'offered', sipUsername: pick }, change: 'offered' };
    }
    const reason = waitingAhead ? 'all-busy' : noRouteReason(seats);
    await logRouting(tx, request, line.areaCode, null);
    if (reason === 'all-busy') {
      const priority = firstPriority ?? (await priorityNow());
      if (priority !== 'refused') {
        await tx.query(`update hotline_calls set state = 'waiting', queued_at = now(), priority = $2 where call_id = $1`, [call.callId, priority]);
        return { decision: { outcome: 'queue', limitSec: settings.queueLimitSec }, change: 'queued' };
      }
    }
    await finishUnanswered(tx, call.callId, 'busy');
    return { decision: { outcome: 'no_counsellor', reason }, change: 'busy' };
  });
  if (change) await options.live?.publish({ kind: 'call', change, callId: request.callId, line: line.dialled });
  return decision;
}

/**
 * A waiting call the PBX asks about again: it was released to a counsellor (ring them), or the
 * counsellor let it ring out (back to its place in line, for what is left of the queue limit).
 */
async function releasedOrBackInLine(tx: Queryable, call: HotlineCall, request: RouteRequest, limitSec: number): Promise<Decided> {
  // The first ask after a release names the counsellor it was released to (the PBX's tried list
  // may hold them from an earlier ring); any later ask means their phone did not take it.
  if (call.releasedTo && call.held) {
    await tx.query('update hotline_calls set pbx_tindex = null, pbx_tlabel = null where call_id = $1', [call.callId]);
    await offer(tx, request, call.areaCode, call.releasedTo);
    return { decision: { outcome: 'offered', sipUsername: call.releasedTo }, change: 'offered' };
  }
  const waitedSec = call.queuedAt ? (Date.now() - call.queuedAt.getTime()) / 1000 : 0;
  const leftSec = Math.floor(limitSec - waitedSec);
  if (leftSec < 1) {
    await finishUnanswered(tx, call.callId, 'busy');
    return { decision: { outcome: 'no_counsellor', reason: 'all-busy' }, change: 'busy' };
  }
  // Held again only once the PBX says it suspended the call anew (queue-event "queued"): a release
  // before that would find nothing to continue. A counsellor whose phone was not registered yet
  // (a page still loading) may have the call again; one who let it ring out may not.
  const passedOver = call.releasedTo !== request.unreachable ? call.releasedTo : null;
  await tx.query(
    `update hotline_calls set released_to = null, released_at = null, pbx_tindex = null, pbx_tlabel = null,
            passed_over = case when $2::text is null or $2 = any(passed_over) then passed_over else passed_over || $2 end
      where call_id = $1`,
    [call.callId, passedOver],
  );
  return { decision: { outcome: 'queue', limitSec: leftSec }, change: 'queued' };
}

/**
 * The line's free counsellors not tried yet, the one offered a call longest ago first (so calls
 * spread over the seats), locked with SKIP LOCKED: two calls routed at the same moment go to two
 * counsellors, and a seat whose status is changing right now is passed over, not rung.
 */
async function lockFirstFree(tx: Queryable, seats: readonly LineSeat[]): Promise<string | null> {
  const free = seats
    .filter((seat) => seat.free && !seat.tried)
    .sort((a, b) => (a.lastOfferedAt?.getTime() ?? -Infinity) - (b.lastOfferedAt?.getTime() ?? -Infinity) || (a.sipUsername < b.sipUsername ? -1 : 1));
  for (const seat of free) {
    const locked = await tx.query(
      `select 1 from seats se join staff st on st.id = se.staff_id
        where st.sip_username = $1 and se.status = 'available' for update of st, se skip locked`,
      [seat.sipUsername],
    );
    if (locked.length > 0) return seat.sipUsername;
  }
  return null;
}

async function offer(tx: Queryable, request: RouteRequest, areaCode: string | null, sipUsername: string): Promise<void> {
  await tx.query('update seats set last_offered_at = clock_timestamp() where staff_id = (select id from staff where sip_username = $1)', [sipUsername]);
  await logRouting(tx, request, areaCode, sipUsername);
}

/** The decision, for the call's history. */
async function logRouting(tx: Queryable, request: RouteRequest, areaCode: string | null, offeredTo: string | null): Promise<void> {
  const line = parseDialledLine(request.dialled);
  await tx.query(
    `insert into call_routing (call_id, dialled, area_code, offered_to, outcome, caller_number_hash)
     values ($1, $2, $3, $4, $5, $6)`,
    [request.callId, line?.dialled ?? request.dialled, areaCode, offeredTo, offeredTo ? 'offered' : 'no_counsellor', request.callerNumberHash],
  );
}

interface LineSeat extends SeatOnLine {
  sipUsername: string;
  lastOfferedAt: Date | null;
  /** Eligible for a call now (see `eligible`). */
  free: boolean;
}

/**
 * The line's counsellors with a signed-in softphone, in one read: who is free to ring, and, when
 * nobody is, why (no-route-reason.ts). One query, because planning is most of its cost.
 */
function seatsOnLine(tx: Queryable, areaCode: string | null, tried: readonly string[]): Promise<LineSeat[]> {
  return tx.query<LineSeat>(
    `select st.sip_username as "sipUsername", se.status, se.last_offered_at as "lastOfferedAt",
            st.sip_username = any($2::text[]) as tried, (${eligible}) as free
       from staff st join seats se on se.staff_id = st.id
      where st.role = 'counsellor' and ${takesRealCalls} and ${hasLiveSoftphone}
        and ($1::text is null or st.centre_area_code = $1)`,
    [areaCode, tried],
  );
}
