import type { RiskLevel } from '../../src/contract';
import { handOverTime } from '../contacts/rescues';
import { eligible } from '../pbx/routing';
import type { Queryable } from '../store/store';

/**
 * Each rule inserts with `on conflict (dedupe_key) do nothing returning id`: an alert is raised once
 * per subject however often the rule runs, and when several API processes sweep the same database
 * only the one whose insert won gets an id back (and tells its subscribers).
 */
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/** Per centre, one of its settings in seconds, as SQL arrays for `unnest`. */
export interface CentreLimits {
  areaCodes: string[];
  seconds: number[];
}

/**
 * In the transaction of a draft save that made a live call imminent (its call not yet ended): once
 * per call, even if the level drops and comes back.
 */
export async function raiseImminentCall(tx: Queryable, contactId: string, level: RiskLevel): Promise<string[]> {
  if (level !== 'imminent') return [];
  return ids(
    await tx.query<{ id: string }>(
      `insert into centre_alerts (centre_area_code, kind, staff_id, call_id, line, dedupe_key)
       select centre_area_code, 'imminent-call', counsellor_id, call_id, dialled, 'imminent-call:' || call_id
         from contacts
        where id = $1 and status = 'draft' and ended_at is null and centre_area_code is not null
       on conflict (dedupe_key) do nothing
       returning id`,
      [contactId],
    ),
  );
}

/** Counsellors on a call longer than their centre's longCallAlertSec: once per call. */
export async function raiseLongCalls(db: Queryable, limits: CentreLimits, now: Date): Promise<string[]> {
  return ids(
    await db.query<{ id: string }>(
      `insert into centre_alerts (centre_area_code, kind, staff_id, call_id, line, dedupe_key)
       select st.centre_area_code, 'long-call', st.id, se.current_call_id, c.dialled, 'long-call:' || se.current_call_id
         from seats se join staff st on st.id = se.staff_id
         join unnest($1::text[], $2::int[]) as lim (area_code, sec) on lim.area_code = st.centre_area_code
         left join contacts c on c.call_id = se.current_call_id
        where se.status = 'on-call' and coalesce(c.answered_at, se.since) <= $3::timestamptz - make_interval(secs => lim.sec)
       on conflict (dedupe_key) do nothing
       returning id`,
      [limits.areaCodes, limits.seconds, now],
    ),
  );
}

/**
 * Rescues (emergency hand-offs still pending) open longer than the centre's rescueOpenAlertSec:
 * once per hand-off. The hand-off time is read as the rescue lists read it (handOverTime), which
 * copes with odd stored values; the outcome test is the one contacts_open_rescues indexes.
 */
export async function raiseLongOpenRescues(db: Queryable, limits: CentreLimits, now: Date): Promise<string[]> {
  const pending = await db.query<{ id: string; centre: string; limitSec: number; handedOverAtText: string | null; answeredAt: Date }>(
    `select c.id, c.centre_area_code as centre, lim.sec as "limitSec",
            c.intake #>> '{safety,emergencyHandoff,at}' as "handedOverAtText", c.answered_at as "answeredAt"
       from contacts c join unnest($1::text[], $2::int[]) as lim (area_code, sec) on lim.area_code = c.centre_area_code
      where (c.intake #>> '{safety,emergencyHandoff,outcome}') = 'pending'`,
    [limits.areaCodes, limits.seconds],
  );
  const raised: string[] = [];
  for (const rescue of pending) {
    const handedOverAt = handOverTime(rescue);
    if (now.getTime() - handedOverAt < rescue.limitSec * 1000) continue;
    const rows = await db.query<{ id: string }>(
      `insert into centre_alerts (centre_area_code, kind, staff_id, call_id, line, dedupe_key)
       select $1, 'rescue-open-long', c.counsellor_id, c.call_id, c.dialled, $3 from contacts c where c.id = $2
       on conflict (dedupe_key) do nothing
       returning id`,
      [rescue.centre, rescue.id, `rescue-open-long:${rescue.id}:${new Date(handedOverAt).toISOString()}`],
    );
    raised.push(...ids(rows));
  }
  return raised;
}

/**
 * Callers waiting on a centre's line past its service-level time (serviceLevelSec) while none of
 * its counsellors can take a call. A caller queueing for a few seconds while a counsellor finishes
 * wrap-up is the queue working, not an alarm; one still waiting past the time the centre promises
 * with nobody free is. Keyed by the longest-waiting call, and not raised again while the centre's
 * last one is unacknowledged: one alert per spell, not one per caller.
 */
export async function raiseNobodyAvailable(db: Queryable, limits: CentreLimits, now: Date): Promise<string[]> {
  return ids(
    await db.query<{ id: string }>(
      `insert into centre_alerts (centre_area_code, kind, call_id, line, dedupe_key)
       select w.area_code, 'nobody-available', w.call_id, w.dialled, 'nobody-available:' || w.call_id
         from (select distinct on (h.area_code) h.area_code, h.call_id, h.dialled, h.queued_at from hotline_calls h
                where h.state = 'waiting' and h.area_code is not null
                order by h.area_code, h.queued_at nulls last, h.arrived_at) w
         join unnest($1::text[], $2::int[]) as lim (area_code, sec) on lim.area_code = w.area_code
        where w.queued_at <= $3::timestamptz - make_interval(secs => lim.sec)
          and not exists (select 1 from staff st join seats se on se.staff_id = st.id
                           where st.centre_area_code = w.area_code and ${eligible})
          and not exists (select 1 from centre_alerts a
                           where a.centre_area_code = w.area_code and a.kind = 'nobody-available' and a.acknowledged_at is null)
       on conflict (dedupe_key) do nothing
       returning id`,
      [limits.areaCodes, limits.seconds, now],
    ),
  );
}

/**
 * Follow-ups still open past their due time: once per follow-up, about its assignee (none when
 * it was left to anyone). The due time was fixed from the centre's setting when it was made.
 */
export async function raiseOverdueFollowUps(db: Queryable, now: Date): Promise<string[]> {
  return ids(
    await db.query<{ id: string }>(
      `insert into centre_alerts (centre_area_code, kind, staff_id, follow_up_id, line, dedupe_key)
       select f.centre_area_code, 'follow-up-overdue', f.assigned_to, f.id, c.dialled, 'follow-up-overdue:' || f.id
         from follow_ups f join contacts c on c.id = f.contact_id
        where f.closed_at is null and f.due_at <= $1 and f.centre_area_code is not null
       on conflict (dedupe_key) do nothing
       returning id`,
      [now],
    ),
  );
}
