import type { CentreSettings } from '../../src/contract';
import type { CentreSettingsOverrides } from '../config';
import type { LiveBus } from '../events/bus';
import { eligible } from '../pbx/routing';
import { loadCentreSettings } from '../shifts/settings';
import type { Store } from '../store/store';
import { finishUnanswered } from './calls';
import { assignCalls, type FreeCounsellor, type WaitingCall } from './order';
import type { PbxHandle, ReleaseCall } from './release';

interface Deps {
  store: Store;
  overrides: CentreSettingsOverrides;
  live: LiveBus;
  release: ReleaseCall;
}

/**
 * One pass of the queue: pairs the waiting calls with the free counsellors (order.ts) and releases
 * each pair at the PBX. Each release is claimed in its own transaction with SKIP LOCKED on the call
 * and the seat, so API processes sharing one PostgreSQL never release one call twice or send two
 * calls to one seat. Returns how many calls were released.
 */
export async function dispatchWaiting({ store, overrides, live, release }: Deps): Promise<number> {
  const waiting = await store.query<WaitingCall & { queuedAt: Date }>(
    `select call_id as "callId", area_code as "areaCode", priority, queued_at as "queuedAt", passed_over as "passedOver"
       from hotline_calls where state = 'waiting' and released_to is null and pbx_tindex is not null`,
  );
  if (waiting.length === 0) return 0;
  const free = await store.query<{ sipUsername: string; centre: string; lastOfferedAt: Date | null }>(
    `select st.sip_username as "sipUsername", st.centre_area_code as centre, se.last_offered_at as "lastOfferedAt"
       from staff st join seats se on se.staff_id = st.id where ${eligible}`,
  );
  if (free.length === 0) return 0;

  const settings = new Map<string, CentreSettings>();
  for (const area of new Set(waiting.flatMap((c) => (c.areaCode ? [c.areaCode] : [])))) {
    settings.set(area, await loadCentreSettings(store, area, overrides));
  }
  const counsellors: FreeCounsellor[] = free.map((c) => ({ ...c, lastOfferedAt: c.lastOfferedAt?.getTime() ?? null }));
  const calls: WaitingCall[] = waiting.map((c) => ({ ...c, queuedAt: c.queuedAt.getTime() }));
  const pairs = assignCalls(calls, counsellors, (area) => settings.get(area) ?? { overflowAfterSec: Infinity, overflowCentres: [] }, Date.now());

  let released = 0;
  for (const pair of pairs) {
    const claim = await claimRelease(store, pair.callId, pair.sipUsername, pair.overflow);
    if (!claim) continue;
    // "offered" follows when the PBX asks whom to ring (routing.ts): one per ring.
    if (claim.firstOverflow) await live.publish({ kind: 'call', change: 'overflowed', callId: pair.callId, line: claim.dialled });
    const result = await release(claim);
    if (result === 'released') {
      released += 1;
    } else if (result === 'gone') {
      // The PBX no longer holds the caller (hung up unseen): the wait ends here.
      if (await finishUnanswered(store, pair.callId, 'abandoned')) {
        await live.publish({ kind: 'call', change: 'abandoned', callId: pair.callId, line: claim.dialled });
      }
    } else {
      await store.query(`update hotline_calls set released_to = null, released_at = null where call_id = $1 and state = 'waiting'`, [pair.callId]);
    }
  }
  return released;
}

async function claimRelease(
  store: Store,
  callId: string,
  sipUsername: string,
  overflow: boolean,
): Promise<(PbxHandle & { dialled: string; firstOverflow: boolean }) | null> {
  return store.transaction(async (tx) => {
    const [call] = await tx.query<PbxHandle & { dialled: string; overflowedAt: Date | null }>(
      `select pbx_tindex as tindex, pbx_tlabel as tlabel, dialled, overflowed_at as "overflowedAt" from hotline_calls
        where call_id = $1 and state = 'waiting' and released_to is null and pbx_tindex is not null
        for update skip locked`,
      [callId],
    );
    if (!call) return null;
    const [seat] = await tx.query<{ staffId: string }>(
      `select st.id as "staffId" from staff st join seats se on se.staff_id = st.id
        where st.sip_username = $1 and ${eligible} for update of st, se skip locked`,
      [sipUsername],
    );
    if (!seat) return null;
    const firstOverflow = overflow && call.overflowedAt === null;
    await tx.query(
      `update hotline_calls set released_to = $2, released_at = clock_timestamp(),
              overflowed_at = case when $3 then coalesce(overflowed_at, now()) else overflowed_at end
        where call_id = $1`,
      [callId, sipUsername, overflow],
    );
    await tx.query('update seats set last_offered_at = clock_timestamp() where staff_id = $1', [seat.staffId]);
    return { tindex: call.tindex, tlabel: call.tlabel, dialled: call.dialled, firstOverflow };
  });
}
