import type { Queryable } from '../store/store';

/**
 * What the retention job removes from a record answered before its centre's cutoff (#15 item 5),
 * table by table. Every place that can hold a caller's number, location or words:
 *
 * - contacts: caller_number, caller_number_hash; notes (all of them); in the intake, the free text
 *   caller.relationship, imminent.location / callbackNumber / means / timeTaken / callerState,
 *   riskOverride.reason, safety.safetyPlanNote / noActionReason / emergencyHandoff.note,
 *   followUp.by and summary. The transfer log keeps only directory numbers and names: kept.
 * - handoffs.packet: location, callbackNumber, means, timeTaken, callerState (110/120's copy).
 * - record_handovers.reason, record_reviews.text (a supervisor may quote the caller) and the
 *   override's reason become '—', since each must stay non-empty.
 * - follow_ups.outcome_note.
 * - nuisance_suggestions of the record: masked_number, caller_number_hash, reason.
 * - audit_log: the `reason` of a risk.override entry about the record (the counsellor's words).
 *
 * Kept, so that reports read the same: call type, risk level and override level, problems, age
 * band, gender, region, occupation, screener and Lifeline answers, services, outcome, referral,
 * every time, line, centre and counsellor, the hand-off's service and outcome.
 *
 * `schema` is `public` or `training`: mock calls' records follow the same rule.
 */
export interface StrippedCounts {
  records: number;
  handoffs: number;
  handovers: number;
  reviews: number;
  followUps: number;
  nuisanceSuggestions: number;
}

/** What stands for removed text where a column or the contract needs some. */
const removed = '—';

/** The intake with every free-text field emptied; jsonb_set only where the object exists. */
const strippedIntake = `jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(
    c.intake,
    '{caller,relationship}', '""'),
    '{imminent}', coalesce(c.intake->'imminent', '{}'::jsonb)
       || '{"location":"","callbackNumber":"","means":"","timeTaken":"","callerState":""}'::jsonb),
    '{safety,safetyPlanNote}', '""'),
    '{safety,noActionReason}', '""'),
    '{followUp,by}', '""'),
    '{summary}', '""'),
    '{riskOverride}', case when jsonb_typeof(c.intake->'riskOverride') = 'object'
       then c.intake->'riskOverride' || '{"reason":"${removed}"}'::jsonb else 'null'::jsonb end)`;
const withoutHandoffNote = `case when jsonb_typeof(intake #> '{safety,emergencyHandoff}') = 'object'
    then jsonb_set(intake, '{safety,emergencyHandoff,note}', '""') else intake end`;

/**
 * Strips the records of one centre answered before `cutoff` and not yet stripped, and what hangs
 * on them; answers the counts. Run inside the job's transaction.
 */
export async function stripCentreRecords(tx: Queryable, schema: 'public' | 'training', areaCode: string, cutoff: Date, now: Date): Promise<StrippedCounts> {
  const rows = await tx.query<{ id: string }>(
    `update ${schema}.contacts c
        set caller_number = null, caller_number_hash = null, notes = '[]'::jsonb,
            intake = ${strippedIntake}, personal_data_removed_at = $3
      where c.centre_area_code = $1 and c.answered_at < $2 and c.personal_data_removed_at is null
      returning c.id::text as id`,
    [areaCode, cutoff.toISOString(), now.toISOString()],
  );
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return { records: 0, handoffs: 0, handovers: 0, reviews: 0, followUps: 0, nuisanceSuggestions: 0 };
  await tx.query(`update ${schema}.contacts set intake = ${withoutHandoffNote} where id = any($1::uuid[])`, [ids]);
  const count = async (sql: string) => (await tx.query(`${sql} returning 1`, [ids])).length;
  const counts = {
    records: ids.length,
    handoffs: await count(
      `update ${schema}.handoffs set packet = packet || '{"location":"","callbackNumber":"","means":"","timeTaken":"","callerState":""}'::jsonb
        where contact_id = any($1::uuid[])`,
    ),
    handovers: await count(`update ${schema}.record_handovers set reason = '${removed}' where contact_id = any($1::uuid[])`),
    reviews: await count(`update ${schema}.record_reviews set text = '${removed}' where contact_id = any($1::uuid[])`),
    followUps: await count(`update ${schema}.follow_ups set outcome_note = '' where contact_id = any($1::uuid[])`),
    nuisanceSuggestions: await count(
      `update ${schema}.nuisance_suggestions set masked_number = '', caller_number_hash = '', reason = '${removed}'
        where contact_id = any($1::uuid[])`,
    ),
  };
  await tx.query(
    `update ${schema}.audit_log set detail = detail - 'reason'
      where action = 'risk.override' and subject_type = 'contact' and subject_id = any($1::text[])`,
    [ids],
  );
  return counts;
}

/**
 * The centre's traces of callers outside any record: queue rows and routing decisions keep a
 * number's hash (and the caller's SIP address), listings an expired or removed number's hash,
 * masked form and reason, help alerts a counsellor's one-line reason. Plain-12356 calls no centre
 * answered are the province's, stripped at the shortest period (`centreOrProvince`).
 */
export async function stripCentreTraces(tx: Queryable, areaCode: string, cutoff: Date, now: Date, centreOrProvince: boolean): Promise<number> {
  const line = centreOrProvince ? '(area_code = $1 or area_code is null)' : 'area_code = $1';
  const calls = await tx.query(
    `update hotline_calls set caller_number_hash = null, caller_address = null
      where ${line} and arrived_at < $2 and (caller_number_hash is not null or caller_address is not null) returning 1`,
    [areaCode, cutoff.toISOString()],
  );
  await tx.query(
    `update call_routing set caller_number_hash = null where ${line} and at < $2 and caller_number_hash is not null`,
    [areaCode, cutoff.toISOString()],
  );
  for (const schema of ['public', 'training']) {
    await tx.query(
      `update ${schema}.nuisance_numbers set caller_number_hash = '', masked_number = '', reason = '${removed}'
        where centre_area_code = $1 and listed_at < $2 and (removed_at is not null or expires_at < $3) and caller_number_hash <> ''`,
      [areaCode, cutoff.toISOString(), now.toISOString()],
    );
    await tx.query(`update ${schema}.centre_alerts set reason = null where centre_area_code = $1 and raised_at < $2 and reason is not null`, [
      areaCode,
      cutoff.toISOString(),
    ]);
  }
  return calls.length;
}
