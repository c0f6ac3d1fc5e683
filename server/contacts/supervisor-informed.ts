/**
 * Whether a supervisor knew of the call while it was live, as SQL over the record's row `c`: they
 * acknowledged its imminent-risk alert, acknowledged the counsellor's help request before the call
 * ended, listened in on it (a supervision that started), or were consulted or had the caller
 * transferred to them (a connected entry of the transfer log dialled a supervisor's extension).
 */
export const supervisorInformedSql = (c: string) => `(
  exists (select 1 from centre_alerts a
           where a.call_id = ${c}.call_id and a.kind = 'imminent-call' and a.acknowledged_at is not null)
  or exists (select 1 from centre_alerts a
              where a.call_id = ${c}.call_id and a.kind = 'help' and a.staff_id = ${c}.counsellor_id
                and a.acknowledged_at <= coalesce(${c}.ended_at, now()))
  or exists (select 1 from supervisions sv where sv.call_id = ${c}.call_id and sv.started_at is not null)
  or exists (select 1 from jsonb_array_elements(${c}.transfers) t
               join staff sup on sup.sip_username = t ->> 'targetNumber' and sup.role = 'supervisor'
              where t ->> 'connectedAt' is not null))`;
