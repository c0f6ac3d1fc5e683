import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactRecord, Intake } from '../../src/contract';
import { mobile, rescueIntake, startCall } from '../testing/contacts';
import { createHarness, type Harness } from '../testing/harness';
import { retentionLogLine, runRetention, startRetentionJob } from './job';

let h: Harness;
const cookies: Record<string, string> = {};
/** Noon in Beijing, 30 Nov 2026: a 36-month period keeps what was answered from 30 Nov 2023, 00:00 Beijing on. */
const now = new Date('2026-11-30T04:00:00Z');

beforeAll(async () => {
  h = await createHarness();
  for (const username of ['counsellor1', 'counsellor3', 'supervisor1']) cookies[username] = await h.signIn(username);
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.store.query('truncate contacts, handoffs, record_handovers, follow_ups, record_reviews, nuisance_suggestions, hotline_calls, audit_log cascade');
  await h.store.query('truncate training.contacts, training.audit_log cascade');
  await months('0592', 36);
});

const run = () => runRetention({ store: h.store, overrides: h.config.centreSettingsOverrides }, now);
const months = (areaCode: string, value: number) =>
  h.store.query(
    `update centre_settings set settings = jsonb_set(settings, '{callerDataRetentionMonths}', to_jsonb($2::int)) where area_code = $1`,
    [areaCode, value],
  );

/** A record with everything a caller can leave in one, answered at `answeredAt`. */
async function recorded(who: 'counsellor1' | 'counsellor3', answeredAt: string): Promise<ContactRecord> {
  const record = await startCall(h, cookies[who] ?? '', { dialled: who === 'counsellor3' ? '059212356' : '059112356' });
  const intake: Intake = rescueIntake({ note: '120 说已送往协和医院' });
  intake.caller.relationship = '室友';
  intake.summary = '来电者说室友小王吞了药';
  intake.safety.safetyPlanNote = '约定每晚给妈妈打电话';
  intake.followUp = { needed: true, date: '', by: '张咨询员' };
  intake.riskOverride = { level: 'imminent', reason: '来电者说已经写好遗书' };
  const saved = await h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie: cookies[who], body: { revision: 1, intake } });
  expect(saved.status).toBe(200);
  const notes = [{ id: 'n1', atSec: 30, text: '她说住在鼓楼区', edited: false }];
  await h.store.query('update contacts set notes = $2, answered_at = $3 where id = $1', [record.id, JSON.stringify(notes), answeredAt]);
  const staff = `(select counsellor_id from contacts where id = '${record.id}')`;
  await h.store.query(
    `insert into handoffs (id, contact_id, token_hash, packet, created_by) values ($1, $2, 'x', $3, ${staff})`,
    [randomUUID(), record.id, JSON.stringify({ targetNumber: '120', location: '鼓楼区某小区', callbackNumber: mobile, riskLevel: 'imminent', means: '安眠药', timeTaken: '01:30', callerState: '含糊', othersPresent: 'no' })],
  );
  await h.store.query(`insert into record_handovers (contact_id, reason, handed_over_by) values ($1, '来电者提到男友的名字', ${staff})`, [record.id]);
  await h.store.query(
    `insert into record_reviews (contact_id, text, author_id, created_at, updated_at)
     values ($1, '来电者说“我不想活了”时应追问计划', (select id from staff where username = 'supervisor1'), now(), now())`,
    [record.id],
  );
  await h.store.query(
    `insert into follow_ups (contact_id, centre_area_code, risk_level, due_at, closed_at, closed_by, outcome, outcome_note)
     values ($1, (select centre_area_code from contacts where id = $1), 'high', now(), now(), ${staff}, 'reached', '她妈妈接的电话')`,
    [record.id],
  );
  await h.store.query(
    `insert into audit_log (staff_id, action, subject_type, subject_id, detail)
     values (${staff}, 'risk.override', 'contact', $1, '{"from":null,"to":"imminent","reason":"来电者说已经写好遗书"}')`,
    [record.id],
  );
  return record;
}

const callerWords = ['室友', '小王', '妈妈', '鼓楼', '遗书', mobile, '男友', '我不想活了', '协和', '01:30', '安眠药'];
/** Everything stored about a record, as text: where a caller's words would show. */
async function everything(id: string): Promise<string> {
  const rows = await h.store.query(
    `select row_to_json(c)::text as c,
            (select json_agg(x)::text from handoffs x where x.contact_id = c.id) as handoffs,
            (select json_agg(x)::text from record_handovers x where x.contact_id = c.id) as handovers,
            (select json_agg(x)::text from record_reviews x where x.contact_id = c.id) as reviews,
            (select json_agg(x)::text from follow_ups x where x.contact_id = c.id) as follow_ups,
            (select json_agg(x.detail)::text from audit_log x where x.subject_id = c.id::text) as audit
       from contacts c where c.id = $1`,
    [id],
  );
  return JSON.stringify(rows);
}
/** What reports read of a record: must be the same before and after retention. */
const reportColumns = (id: string) =>
  h.store.query(
    `select call_type, risk_level, status, centre_area_code, counsellor_id, dialled, area_code, answered_at, ended_at, completed_at,
            intake->'problems' as problems, intake->'caller'->'ageBand' as age, intake->'caller'->'gender' as gender,
            intake->'caller'->'region' as region, intake->'caller'->'occupation' as occupation, intake->'screener' as screener,
            intake->'lifeline' as lifeline, intake->'services' as services, intake->'outcome' as outcome, intake->'referral' as referral,
            intake->'riskOverride'->'level' as override, intake#>'{safety,emergencyHandoff,service}' as service,
            intake#>'{safety,emergencyHandoff,outcome}' as rescue, intake->'followUp'->'needed' as follow_up, transfers,
            (select json_agg(json_build_object('risk', x.risk_level, 'outcome', x.outcome)) from follow_ups x where x.contact_id = c.id) as follow_ups,
            (select json_agg(x.packet->'riskLevel') from handoffs x where x.contact_id = c.id) as handoffs
       from contacts c where id = $1`,
    [id],
  );

describe('the retention job', () => {
  it('strips a record one minute before the Beijing midnight that starts the period, and keeps one a minute after', async () => {
    const outside = await recorded('counsellor1', '2023-11-29T15:59:00Z'); // 29 Nov 2023 23:59 Beijing
    const inside = await recorded('counsellor1', '2023-11-29T16:01:00Z'); // 30 Nov 2023 00:01 Beijing
    const insideBefore = await everything(inside.id);
    await run();
    const stripped = await everything(outside.id);
    for (const word of callerWords) expect(stripped, word).not.toContain(word);
    expect(await everything(inside.id)).toBe(insideBefore);
    for (const word of callerWords) expect(insideBefore, word).toContain(word);
  });

  it('strips a record a day outside its period and keeps one a day inside', async () => {
    const outside = await recorded('counsellor1', '2023-11-28T10:00:00Z');
    const inside = await recorded('counsellor1', '2023-11-30T10:00:00Z');
    await run();
    const [a] = await h.store.query<{ removed: string | null }>('select personal_data_removed_at as removed from contacts where id = $1', [outside.id]);
    const [b] = await h.store.query<{ removed: string | null }>('select personal_data_removed_at as removed from contacts where id = $1', [inside.id]);
    expect(a?.removed).not.toBeNull();
    expect(b?.removed).toBeNull();
  });

  it('keeps every figure a report reads', async () => {
    const record = await recorded('counsellor1', '2020-05-01T02:00:00Z');
    const before = await reportColumns(record.id);
    await run();
    expect(await reportColumns(record.id)).toEqual(before);
    const [row] = await h.store.query<{ number: string | null; hash: string | null }>(
      'select caller_number as number, caller_number_hash as hash from contacts where id = $1',
      [record.id],
    );
    expect(row).toEqual({ number: null, hash: null });
    const read = await h.call('GET', `/api/contacts/${record.id}`, { cookie: cookies.counsellor1 });
    expect(((await read.json()) as ContactRecord).personalDataRemovedAt).toBe(now.toISOString());
  });

  it('applies each centre’s own period', async () => {
    await months('0592', 12);
    const fuzhou = await recorded('counsellor1', '2025-11-01T02:00:00Z');
    const xiamen = await recorded('counsellor3', '2025-11-01T02:00:00Z');
    const runs = await run();
    expect(runs?.map((r) => [r.areaCode, r.months, r.records])).toEqual(expect.arrayContaining([['0591', 36, 0], ['0592', 12, 1]]));
    const removed = await h.store.query<{ id: string }>('select id::text as id from contacts where personal_data_removed_at is not null');
    expect(removed.map((r) => r.id)).toEqual([xiamen.id]);
    expect(fuzhou.id).not.toBe(xiamen.id);
  });

  it('is idempotent: a second run strips nothing and changes nothing', async () => {
    const record = await recorded('counsellor1', '2022-01-01T02:00:00Z');
    await run();
    const once = await everything(record.id);
    const again = await run();
    expect(again?.every((r) => r.records === 0 && r.handoffs === 0)).toBe(true);
    expect(await everything(record.id)).toBe(once);
  });

  it('strips mock calls’ training records by the same rule', async () => {
    const record = await recorded('counsellor1', '2022-01-01T02:00:00Z');
    // By name: the report's generated columns (migration 021) take no value of their own.
    const columns = (
      await h.store.query<{ name: string }>(
        `select column_name as name from information_schema.columns
          where table_schema = 'training' and table_name = 'contacts' and is_generated = 'NEVER' order by ordinal_position`,
      )
    )
      .map((column) => column.name)
      .join(', ');
    await h.store.query(
      `insert into training.contacts (${columns})
       select ${columns} from jsonb_populate_record(null::training.contacts,
         (select to_jsonb(c) || jsonb_build_object('id', gen_random_uuid(), 'call_id', 'mock-' || c.call_id) from contacts c where id = $1))`,
      [record.id],
    );
    await h.store.query('delete from audit_log where subject_id = $1', [record.id]);
    const runs = await run();
    expect(runs?.find((r) => r.areaCode === '0591')?.trainingRecords).toBe(1);
    const [row] = await h.store.query<{ text: string }>('select row_to_json(c)::text as text from training.contacts c');
    for (const word of callerWords) expect(row?.text, word).not.toContain(word);
  });

  it('strips the queue’s number hashes of old calls', async () => {
    await h.store.query(
      `insert into hotline_calls (call_id, dialled, area_code, caller_number_hash, caller_address, arrived_at, state)
       values ('old', '059112356', '0591', 'hash-old', '10.1.1.1:5060', '2020-01-01T00:00:00Z', 'abandoned'),
              ('new', '059112356', '0591', 'hash-new', '10.1.1.2:5060', now(), 'abandoned')`,
    );
    await run();
    const rows = await h.store.query('select call_id, caller_number_hash, caller_address from hotline_calls order by call_id');
    expect(rows).toEqual([
      { call_id: 'new', caller_number_hash: 'hash-new', caller_address: '10.1.1.2:5060' },
      { call_id: 'old', caller_number_hash: null, caller_address: null },
    ]);
  });

  it('audits each centre’s run that removed anything, with its counts, and logs one line without caller data', async () => {
    await recorded('counsellor1', '2022-01-01T02:00:00Z');
    const runs = await run();
    const entries = await h.store.query<{ subject: string; detail: Record<string, unknown>; address: string | null }>(
      "select subject_id as subject, detail, client_address as address from audit_log where action = 'retention.run' order by subject_id",
    );
    // Only the centre whose records were stripped: a run that removed nothing is in the server log only.
    expect(runs?.length).toBeGreaterThan(1);
    expect(entries.map((e) => e.subject)).toEqual(['0591']);
    expect(entries[0]).toMatchObject({ subject: '0591', address: null, detail: { records: 1, handoffs: 1, handovers: 1, reviews: 1, followUps: 1, months: 36 } });
    const line = retentionLogLine(runs ?? []);
    expect(line).toMatch(/^retention: 1 records stripped of caller data \(.*0591 1\+0 \(36 mo\)/);
    expect(line).not.toContain(mobile);
  });

  it('runs at start in the API process and logs its line', async () => {
    await recorded('counsellor1', '2022-01-01T02:00:00Z');
    const log = { log: vi.fn(), error: vi.fn() };
    const stop = startRetentionJob({ store: h.store, overrides: h.config.centreSettingsOverrides }, 60, log as unknown as Console);
    await vi.waitFor(() => expect(log.log).toHaveBeenCalledOnce());
    await stop();
    expect(log.log.mock.calls[0]?.[0]).toMatch(/^retention: 1 records stripped/);
    expect(log.error).not.toHaveBeenCalled();
  });
});
