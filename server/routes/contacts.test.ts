import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api, type CallerHistory, type ContactRecord, type EndpointResponse } from '../../src/contract';
import { auditCount, intakeWith, mobile, startCall, startRequest } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';

type ContactList = EndpointResponse<typeof api.listContacts>;

let h: Harness;
let counsellor1: string;
let counsellor2: string;
beforeAll(async () => {
  h = await createHarness();
  [counsellor1, counsellor2] = await Promise.all([h.signIn('counsellor1'), h.signIn('counsellor2')]);
});
afterAll(() => h.close());
// Cascade: the tables that refer to records (nuisance list and suggestions, the queue) are emptied with them.
beforeEach(() => h.store.query('truncate contacts, handoffs, record_handovers, nuisance_numbers cascade'));

const noHistory: CallerHistory = { previousContacts: 0, lastContactAt: null, lastRiskLevel: null, nuisanceCalls: 0, nuisanceListed: false };

async function saveCallType(cookie: string, record: ContactRecord, edit: Parameters<typeof intakeWith>[0]) {
  const res = await h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie, body: { revision: 1, intake: intakeWith(edit) } });
  expect(res.status).toBe(200);
}

describe('opening a record (POST /api/contacts)', () => {
  it('creates a draft with the empty form, the region taken from the dialled centre', async () => {
    const request = startRequest({ dialled: '059212356' });
    const res = await h.call('POST', '/api/contacts', { cookie: counsellor1, body: request });
    const record = await okJson<ContactRecord>(res);
    expect(record).toMatchObject({
      id: request.id,
      callId: request.callId,
      dialled: '059212356',
      areaCode: '0592',
      counsellorName: '张咨询员',
      callerNumberMasked: '138****8000',
      answeredAt: new Date(request.answeredAt).toISOString(),
      endedAt: null,
      completedAt: null,
      status: 'draft',
      callType: 'counselling',
      riskLevel: 'none',
      notes: [],
      transfers: [],
      intakeRevision: 0,
      notesRevision: 0,
      transfersRevision: 0,
      callerHistory: noHistory,
    });
    expect(record.intake.caller.region).toBe('0592');
    expect(JSON.stringify(record)).not.toContain(mobile);
    expect(await auditCount(h, 'contact.start', record.id)).toBe(1);
  });

  it('leaves the region unknown for plain 12356 and for a centre of another province', async () => {
    expect((await startCall(h, counsellor1, { dialled: '12356' })).intake.caller.region).toBe('unknown');
    const shanghai = await startCall(h, counsellor1, { dialled: '02112356' });
    expect(shanghai.areaCode).toBe('021');
    expect(shanghai.intake.caller.region).toBe('unknown');
  });

  it('refuses a number that is no hotline line', async () => {
    const res = await h.call('POST', '/api/contacts', { cookie: counsellor1, body: startRequest({ dialled: '110' }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'validation', issues: [{ path: ['dialled'], message: 'invalid' }] } });
  });

  it('answers the existing record when the same counsellor starts the same call again', async () => {
    const request = startRequest();
    const first = await startCall(h, counsellor1, request);
    await saveCallType(counsellor1, first, (intake) => (intake.summary = '第一次保存'));
    const again = await startCall(h, counsellor1, request);
    expect(again.id).toBe(first.id);
    expect(again.intakeRevision).toBe(1);
    expect(again.intake.summary).toBe('第一次保存');
    expect(await h.store.query('select 1 from contacts')).toHaveLength(1);
    expect(await auditCount(h, 'contact.read', first.id)).toBe(1);
  });

  it('refuses the same call started by another counsellor, and an id reused for another call', async () => {
    const request = startRequest();
    await startCall(h, counsellor1, request);
    const other = await h.call('POST', '/api/contacts', { cookie: counsellor2, body: { ...request, id: startRequest().id } });
    expect(other.status).toBe(409);
    expect(await other.json()).toEqual({ error: { code: 'conflict' } });
    const reused = await h.call('POST', '/api/contacts', { cookie: counsellor1, body: startRequest({ id: request.id }) });
    expect(reused.status).toBe(409);
  });

  it('stores nothing of a withheld number and shows no history for it', async () => {
    await startCall(h, counsellor1, { callerNumber: '' });
    const withheld = await startCall(h, counsellor1, { callerNumber: '' });
    expect(withheld.callerNumberMasked).toBe('');
    expect(withheld.callerHistory).toEqual(noHistory);
    const rows = await h.store.query('select caller_number, caller_number_hash from contacts where id = $1', [withheld.id]);
    expect(rows).toEqual([{ caller_number: null, caller_number_hash: null }]);
  });

  it('keeps the number for call-back, hashed with a pepper for lookups', async () => {
    const record = await startCall(h, counsellor1);
    const [row] = await h.store.query<{ caller_number: string; caller_number_hash: string }>(
      'select caller_number, caller_number_hash from contacts where id = $1',
      [record.id],
    );
    expect(row?.caller_number).toBe(mobile);
    expect(row?.caller_number_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.caller_number_hash).not.toContain(mobile);
  });
});

describe('caller history', () => {
  it('counts a repeat caller’s earlier contacts across counsellors, with the last risk and nuisance calls', async () => {
    const first = await startCall(h, counsellor1, { answeredAt: '2026-03-01T10:00:00+08:00' });
    await saveCallType(counsellor1, first, (intake) => {
      intake.screener.wishedDead = 'yes';
    });
    const prank = await startCall(h, counsellor2, { answeredAt: '2026-03-02T23:00:00+08:00' });
    await saveCallType(counsellor2, prank, (intake) => (intake.callType = 'prank'));
    const silent = await startCall(h, counsellor2, { answeredAt: '2026-03-03T02:00:00+08:00' });
    await saveCallType(counsellor2, silent, (intake) => (intake.callType = 'silent'));
    await startCall(h, counsellor1, { callerNumber: '13900139000' });

    const now = await startCall(h, counsellor1, { answeredAt: '2026-03-04T09:00:00+08:00' });
    expect(now.callerHistory).toEqual({
      previousContacts: 3,
      lastContactAt: '2026-03-02T18:00:00.000Z',
      lastRiskLevel: 'none',
      nuisanceCalls: 2,
      nuisanceListed: false,
    });
    // On an older record, history stops at that record's call.
    const read = await h.call('GET', `/api/contacts/${prank.id}`, { cookie: counsellor2 });
    expect(((await read.json()) as ContactRecord).callerHistory).toMatchObject({
      previousContacts: 1,
      lastRiskLevel: 'low',
      nuisanceCalls: 0,
    });
  });

  /** The PBX asks whom to ring for a call from `caller` to Fuzhou's line: counsellor1, on seat. */
  async function offered(caller: string): Promise<string> {
    const callId = `call-${randomUUID()}`;
    const res = await h.pbx(`/api/pbx/route?dialled=059112356&callId=${callId}&caller=${caller}`);
    expect(await res.text()).toBe('8001');
    return callId;
  }
  const lookUp = (cookie: string, body: object) => h.call('POST', '/api/callers/history', { cookie, body });

  it('looks a ringing number up across the province, for the counsellor the PBX offers the call', async () => {
    await startCall(h, counsellor1);
    await startCall(h, counsellor2, { dialled: '059212356' });
    const onSeat = await h.onSeat('counsellor1');
    const callId = await offered(mobile);
    const res = await lookUp(onSeat, { callId, callerNumber: mobile });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ previousContacts: 2, nuisanceCalls: 0, nuisanceListed: false });
    const unknown = await lookUp(onSeat, { callId: await offered('13700137000'), callerNumber: '13700137000' });
    expect(await unknown.json()).toEqual(noHistory);
  });

  it('refuses any other number, call or counsellor, and audits every lookup', async () => {
    const onSeat = await h.onSeat('counsellor1');
    const callId = await offered(mobile);
    const lookups = async () =>
      (await h.store.query<{ detail: unknown }>("select detail from audit_log where action = 'caller.history_lookup'")).map((row) => row.detail);
    const before = (await lookups()).length;
    for (const [cookie, body] of [
      [onSeat, { callId, callerNumber: '13900139000' }],
      [onSeat, { callId: 'call-never-offered', callerNumber: mobile }],
      [counsellor2, { callId, callerNumber: mobile }],
    ] as const) {
      const res = await lookUp(cookie, body);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: { code: 'forbidden' } });
    }
    expect((await lookups()).slice(before)).toEqual([{ allowed: false }, { allowed: false }, { allowed: false }]);
  });

  it('answers for a call the counsellor answered and opened a record of', async () => {
    const record = await startCall(h, counsellor2);
    expect((await lookUp(counsellor2, { callId: record.callId, callerNumber: mobile })).status).toBe(200);
  });

  it('flags a number on the nuisance list', async () => {
    const earlier = await startCall(h, counsellor1);
    const [row] = await h.store.query<{ hash: string }>('select caller_number_hash as hash from contacts where id = $1', [earlier.id]);
    const listing = `insert into nuisance_numbers (centre_area_code, caller_number_hash, masked_number, reason, listed_by, expires_at)
      select '0591', $1, '159****6604', 'repeated abuse', id, now() + $2::interval from staff where username = 'supervisor1'`;
    // An expired listing no longer flags the number.
    await h.store.query(listing, [row?.hash, '-1 hour']);
    expect((await startCall(h, counsellor2)).callerHistory.nuisanceListed).toBe(false);
    await h.store.query(listing, [row?.hash, '7 days']);
    const now = await startCall(h, counsellor2);
    expect(now.callerHistory.nuisanceListed).toBe(true);
    const res = await lookUp(counsellor2, { callId: now.callId, callerNumber: mobile });
    expect(await res.json()).toMatchObject({ nuisanceListed: true });
  });

  it('validates the looked-up number', async () => {
    const res = await lookUp(counsellor1, { callId: 'call-1', callerNumber: '138-0013' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'validation', issues: [{ path: ['callerNumber'], message: 'phone.digitsOnly' }] },
    });
  });
});

describe('listing records (GET /api/contacts)', () => {
  it('lists the counsellor’s own records, newest first, numbers masked', async () => {
    const older = await startCall(h, counsellor1, { answeredAt: '2026-03-01T08:00:00Z', callerNumber: '059187654321' });
    const newer = await startCall(h, counsellor1, { answeredAt: '2026-03-01T09:00:00Z' });
    await startCall(h, counsellor2);

    const res = await h.call('GET', '/api/contacts', { cookie: counsellor1 });
    const { contacts } = await okJson<ContactList>(res);
    expect(contacts.map((c) => c.id)).toEqual([newer.id, older.id]);
    expect(contacts.map((c) => c.callerNumberMasked)).toEqual(['138****8000', '0591****4321']);
    expect(Object.keys(contacts[0] ?? {})).not.toContain('intake');
    const text = JSON.stringify(contacts);
    expect(text).not.toContain(mobile);
    expect(text).not.toContain('87654321');
  });

  it('filters by status and limits', async () => {
    for (let i = 0; i < 3; i++) await startCall(h, counsellor1);
    const limited = await h.call('GET', '/api/contacts?limit=2', { cookie: counsellor1 });
    expect(((await limited.json()) as ContactList).contacts).toHaveLength(2);
    const completed = await h.call('GET', '/api/contacts?status=completed', { cookie: counsellor1 });
    expect(((await completed.json()) as ContactList).contacts).toEqual([]);
    const tooMany = await h.call('GET', '/api/contacts?limit=500', { cookie: counsellor1 });
    expect(tooMany.status).toBe(400);
  });
});
