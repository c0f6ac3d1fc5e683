/**
 * Whether a supervisor knew of the call while it was live, as SQL over `contacts c`: its
 * imminent-risk alert or a help request raised during it was acknowledged, or a supervisor
 * listened in. The protocol check's `supervisorInformed` (src/contract/protocol-check.ts).
 */
export const supervisorInformedOf = `(
  exists (select 1 from centre_alerts a
           where a.call_id = c.call_id and a.kind in ('imminent-call', 'help') and a.acknowledged_at is not null)
  or exists (select 1 from supervisions sv where sv.call_id = c.call_id and sv.started_at is not null))`;
