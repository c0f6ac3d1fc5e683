import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactRecord, EmergencyHandoff, OpenRescue } from '../../src/contract';
import { auditCount, mobile, rescueIntake, signInNewStaff, startCall } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';

let h: Harness;
type Who = 'counsellor1' | 'counsellor2' | 'counsellor3' | 'supervisor1' | 'trainer1' | 'xiamenSupervisor';
const cookies = {} as Record<Who, string>;
beforeAll(async () => {
  h = await createHarness();
  for (const username of ['counsellor1', 'counsellor2', 'counsellor3', 'supervisor1', 'trainer1'] as const) {
    cookies[username] = await h.signIn(username);
  }
  cookies.xiamenSupervisor = await signInNewStaff(h, { username: 'supervisor-xm', role: 'supervisor', centre: '0592', sipUsername: '8102' });
});
afterAll(() => h.close());
beforeEach(() => h.store.query('truncate contacts, handoffs, record_handovers, nuisance_numbers'));

/** A call whose intake records a hand-off to an emergency service. */
async function handedOver(who: Who, handoff: Partial<EmergencyHandoff>, location?: string): Promise<ContactRecord> {
  const record = await startCall(h, cookies[who]);
  const res = await h.call('PUT', `/api/contacts/${record.id}/intake`, {
    cookie: cookies[who],
    body: { revision: 1, intake: rescueIntake(handoff, location) },
  });
  expect(res.status).toBe(200);
  return record;
}

const rescues = async (who: Who, scope?: string) =>
  (await okJson<{ rescues: OpenRescue[] }>(await h.call('GET', `/api/rescues${scope ? `?scope=${scope}` : ''}`, { cookie: cookies[who] }))).rescues;

describe('open rescues', () => {
  it('lists the counsellor’s own pending hand-offs, newest first, with what a follow-up needs', async () => {
    const older = await handedOver('counsellor1', { service: '110', at: '2026-03-01T02:10:00+08:00' }, '鼓楼区某小区 5 栋');
    const newer = await handedOver('counsellor1', { service: '120', at: '2026-03-01T03:00:00+08:00' });
    await handedOver('counsellor1', { outcome: 'reached', resolvedAt: '2026-03-01T03:30:00+08:00' });
    await handedOver('counsellor2', {});
    await startCall(h, cookies.counsellor1);

    const mine = await rescues('counsellor1');
    expect(mine).toEqual([
      {
        contactId: newer.id,
        service: '120',
        handedOverAt: '2026-02-28T19:00:00.000Z',
        counsellorId: newer.counsellorId,
        counsellorName: '张咨询员',
        callerNumberMasked: '138****8000',
        location: '福州大学 3 号楼天台',
        recordCompleted: false,
      },
      expect.objectContaining({ contactId: older.id, service: '110', location: '鼓楼区某小区 5 栋' }),
    ]);
    expect(JSON.stringify(mine)).not.toContain(mobile);
    expect(await rescues('counsellor1', 'mine')).toEqual(mine);
  });

  it('keeps a completed record listed while its hand-off is pending', async () => {
    const record = await handedOver('counsellor1', {});
    const done = await h.call('POST', `/api/contacts/${record.id}/complete`, {
      cookie: cookies.counsellor1,
      body: { intakeRevision: 2, intake: rescueIntake(), notesRevision: 1, notes: [], transfersRevision: 0, transfers: [] },
    });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ status: 'completed' });
    expect((await rescues('counsellor1')).map((r) => [r.contactId, r.recordCompleted])).toEqual([[record.id, true]]);
  });

  it('shows a supervisor the open rescues of their centre only', async () => {
    const fuzhou = await handedOver('counsellor1', { at: '2026-03-01T02:00:00+08:00' });
    const colleague = await handedOver('counsellor2', { at: '2026-03-01T02:30:00+08:00' });
    const xiamen = await handedOver('counsellor3', {});
    expect((await rescues('supervisor1', 'centre')).map((r) => [r.contactId, r.counsellorName])).toEqual([
      [colleague.id, '李咨询员'],
      [fuzhou.id, '张咨询员'],
    ]);
    expect((await rescues('xiamenSupervisor', 'centre')).map((r) => r.contactId)).toEqual([xiamen.id]);
    expect(await rescues('supervisor1', 'mine')).toEqual([]);
  });

  it('refuses the centre’s list to counsellors, and the endpoint to trainers', async () => {
    expect((await h.call('GET', '/api/rescues?scope=centre', { cookie: cookies.counsellor1 })).status).toBe(403);
    expect((await h.call('GET', '/api/rescues', { cookie: cookies.trainer1 })).status).toBe(403);
    expect((await h.call('GET', '/api/rescues?scope=everyone', { cookie: cookies.supervisor1 })).status).toBe(400);
  });
});

describe('hand-off times that are no real moment', () => {
  it('are refused with a message, and a moment with an offset is kept in UTC', async () => {
    const record = await startCall(h, cookies.counsellor1);
    for (const at of ['0000-01-01T00:00:00Z', '2026-03-01T02:10:00+20:00', '9999-12-31T23:59:59Z', '1970-01-01T00:00:00Z']) {
      const res = await h.call('PUT', `/api/contacts/${record.id}/intake`, {
        cookie: cookies.counsellor1,
        body: { revision: 2, intake: rescueIntake({ at }) },
      });
      expect(res.status, at).toBe(400);
      expect(await res.json(), at).toEqual({
        error: { code: 'validation', issues: [{ path: ['intake', 'safety', 'emergencyHandoff', 'at'], message: 'date.outOfRange' }] },
      });
    }
    await handedOver('counsellor1', { at: '2026-03-01T02:10:00+08:00' });
    const [stored] = await h.store.query<{ at: string }>("select intake #>> '{safety,emergencyHandoff,at}' as at from contacts where status = 'draft' and intake #>> '{safety,emergencyHandoff,at}' is not null");
    expect(stored?.at).toBe('2026-02-28T18:10:00.000Z');
  });

  it('stored before they were refused, do not break the centre’s lists', async () => {
    const broken = await handedOver('counsellor1', {});
    const fine = await handedOver('counsellor2', { at: '2026-03-01T02:30:00+08:00' });
    const shown = { '0000-01-01T00:00:00Z': new Date(broken.answeredAt).toISOString(), '2026-03-01T02:10:00+20:00': '2026-02-28T06:10:00.000Z' };
    for (const [at, handedOverAt] of Object.entries(shown)) {
      await h.store.query(
        `update contacts set intake = jsonb_set(intake, '{safety,emergencyHandoff,at}', to_jsonb($2::text)) where id = $1`,
        [broken.id, at],
      );
      const listed = await rescues('supervisor1', 'centre');
      expect(listed.map((r) => r.contactId).sort()).toEqual([broken.id, fine.id].sort());
      expect(listed.find((r) => r.contactId === broken.id)?.handedOverAt).toBe(handedOverAt);
      const handover = await h.call('GET', '/api/shift/handover', { cookie: cookies.supervisor1 });
      expect(handover.status, at).toBe(200);
    }
  });
});

describe('whatever an intake holds, written before the contract bounded it or straight into the database', () => {
  // Each is set with jsonb_set at a path of a pending rescue's intake (a follow-up is due, too).
  const hostile: [string, string][] = [
    ['{safety,emergencyHandoff,at}', '"+275760-09-13T00:00:00Z"'],
    ['{safety,emergencyHandoff,at}', '"-000001-01-01T00:00:00Z"'],
    ['{safety,emergencyHandoff,at}', '"2026-02-30T25:61:00Z"'],
    ['{safety,emergencyHandoff,at}', '"0000-01-01"'],
    ['{safety,emergencyHandoff,at}', '1e308'],
    ['{safety,emergencyHandoff,at}', '{"nested": ["2026-03-01"]}'],
    ['{safety,emergencyHandoff,at}', 'null'],
    ['{safety,emergencyHandoff,service}', '"999"'],
    ['{safety,emergencyHandoff,service}', 'null'],
    ['{safety,emergencyHandoff,resolvedAt}', '"0000-01-01T00:00:00Z"'],
    ['{followUp,date}', '"0000-01-01"'],
    ['{followUp,date}', '"9999-99-99"'],
    ['{followUp,date}', '20260301'],
    ['{followUp,by}', '{"x": 1}'],
    ['{imminent,location}', '["an", "array"]'],
  ];

  afterEach(() => vi.restoreAllMocks());
  const datePaths = new Set(['{safety,emergencyHandoff,at}', '{safety,emergencyHandoff,resolvedAt}', '{followUp,date}']);

  it.each(hostile)('%s = %s: the centre’s rescue list, the handover and the record itself still answer', async (path, value) => {
    // A rescue whose service no one can call back is left out of the lists, and logged.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = await handedOver('counsellor1', {});
    const fine = await handedOver('counsellor2', { at: '2026-03-01T02:30:00+08:00' });
    await h.store.query(
      `update contacts set intake = jsonb_set(jsonb_set(intake, '{followUp}', '{"needed": true, "date": "2099-01-01", "by": ""}'), $2::text[], $3::jsonb)
        where id = $1`,
      [broken.id, path, value],
    );
    const listed = await h.call('GET', '/api/rescues?scope=centre', { cookie: cookies.supervisor1 });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { rescues: OpenRescue[] }).rescues.map((r) => r.contactId)).toContain(fine.id);
    const handover = await h.call('GET', '/api/shift/handover', { cookie: cookies.supervisor1 });
    expect(handover.status).toBe(200);
    if (datePaths.has(path)) {
      // A date in the record itself must not fail its own read either.
      expect((await h.call('GET', `/api/contacts/${broken.id}`, { cookie: cookies.counsellor1 })).status).toBe(200);
    }
  });
});

/** A completed record whose rescue is still pending, as left at the end of a crisis call. */
async function completedWithOpenRescue(who: Who): Promise<ContactRecord> {
  const record = await handedOver(who, {});
  const done = await h.call('POST', `/api/contacts/${record.id}/complete`, {
    cookie: cookies[who],
    body: { intakeRevision: 2, intake: rescueIntake(), notesRevision: 1, notes: [], transfersRevision: 0, transfers: [] },
  });
  expect(done.status).toBe(200);
  return record;
}

const resolve = (who: Who, id: string, body: object) => h.call('PUT', `/api/rescues/${id}`, { cookie: cookies[who], body });

describe('closing the rescue of a completed record', () => {
  it('records the outcome the counsellor learnt later; the rescue leaves the lists and the handover', async () => {
    const record = await completedWithOpenRescue('counsellor1');
    const res = await resolve('counsellor1', record.id, { outcome: 'reached', note: '120 回电：已送医' });
    const handoff = await okJson<EmergencyHandoff>(res);
    expect(handoff).toMatchObject({ service: '120', outcome: 'reached', note: '120 回电：已送医' });
    expect(Date.now() - Date.parse(handoff.resolvedAt ?? '')).toBeLessThan(60_000);

    const stored = (await (await h.call('GET', `/api/contacts/${record.id}`, { cookie: cookies.counsellor1 })).json()) as ContactRecord;
    expect(stored.intake.safety.emergencyHandoff).toEqual(handoff);
    expect(stored.status).toBe('completed');
    expect(await rescues('counsellor1')).toEqual([]);
    expect(await rescues('supervisor1', 'centre')).toEqual([]);
    const handover = await (await h.call('GET', '/api/shift/handover', { cookie: cookies.counsellor2 })).json();
    expect(handover).toMatchObject({ openRescues: [] });
    expect(await auditCount(h, 'rescue.resolved', record.id)).toBe(1);
    const [entry] = await h.store.query<{ detail: unknown }>("select detail from audit_log where action = 'rescue.resolved'");
    expect(JSON.stringify(entry?.detail)).not.toContain('送医');
  });

  it('lets a supervisor of the centre close it for a counsellor who has gone off shift', async () => {
    const record = await completedWithOpenRescue('counsellor2');
    expect((await resolve('xiamenSupervisor', record.id, { outcome: 'reached', note: '' })).status).toBe(404);
    expect((await resolve('counsellor1', record.id, { outcome: 'reached', note: '' })).status).toBe(404);
    expect((await resolve('supervisor1', record.id, { outcome: 'not-reached', note: '110：现场未找到' })).status).toBe(200);
    expect(await rescues('counsellor2')).toEqual([]);
  });

  it('refuses a draft (its form closes it), a rescue already closed, and "pending" as an outcome', async () => {
    const draft = await handedOver('counsellor1', {});
    expect((await resolve('counsellor1', draft.id, { outcome: 'reached', note: '' })).status).toBe(409);

    const record = await completedWithOpenRescue('counsellor1');
    expect((await resolve('counsellor1', record.id, { outcome: 'pending', note: '' })).status).toBe(400);
    expect((await resolve('counsellor1', record.id, { outcome: 'reached', note: '\u0000' })).status).toBe(400);
    expect((await resolve('counsellor1', record.id, { outcome: 'cancelled', note: '' })).status).toBe(200);
    expect((await resolve('counsellor1', record.id, { outcome: 'reached', note: '' })).status).toBe(409);
    expect((await h.call('PUT', `/api/rescues/${record.id}`, { cookie: cookies.trainer1, body: { outcome: 'reached', note: '' } })).status).toBe(403);
  });
});
