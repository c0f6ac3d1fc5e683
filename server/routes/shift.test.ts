import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Handover, type SeatView, type ShiftSummary } from '../../src/contract';
import { mobile, rescueIntake, signInNewStaff, startCall, withSafetyPlan, highRiskIntake } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());
beforeEach(() => h.store.query('truncate sessions, seats, seat_events, shift_sessions, contacts, handoffs, audit_log cascade'));

const clockIn = (cookie: string) => h.call('POST', '/api/shift/clock-in', { cookie });
const clockOut = (cookie: string, handoverNote = '') => h.call('POST', '/api/shift/clock-out', { cookie, body: { handoverNote } });
const seat = async (cookie: string) => (await (await h.call('GET', '/api/seat', { cookie })).json()) as SeatView;

async function staffId(username: string): Promise<string> {
  const [row] = await h.store.query<{ id: string }>('select id from staff where username = $1', [username]);
  return row?.id ?? '';
}

/** A contact of this counsellor answered a given number of minutes ago, lasting `minutes` (null: still talking). */
async function pastCall(username: string, agoMin: number, minutes: number | null, risk: string): Promise<void> {
  await h.store.query(
    `insert into contacts (id, call_id, dialled, area_code, counsellor_id, centre_area_code, answered_at, ended_at,
                           call_type, risk_level, intake)
     values ($1, $2, '059112356', '0591', $3, '0591', now() - make_interval(mins => $4),
             now() - make_interval(mins => $4) + make_interval(mins => $5), 'counselling', $6, '{}')`,
    [randomUUID(), `call-${randomUUID()}`, await staffId(username), agoMin, minutes, risk],
  );
}

describe('clocking in', () => {
  it('opens one shift and makes the seat available; again, it changes nothing', async () => {
    const cookie = await h.signIn('counsellor1');
    const first = await okJson<SeatView>(await clockIn(cookie));
    expect(first).toMatchObject({ seat: { status: 'available' }, session: { clockedOutAt: null, calls: [], breaks: [] } });
    await okJson(await h.call('PUT', '/api/seat', { cookie, body: { change: 'break', kind: 'break' } }));

    const again = await okJson<SeatView>(await clockIn(cookie));
    expect(again.session?.id).toBe(first.session?.id);
    expect(again.seat.status).toBe('break');
    await Promise.all([clockIn(cookie), clockIn(cookie)]);
    expect(await h.store.query('select 1 from shift_sessions')).toHaveLength(1);
    expect(await h.store.query("select 1 from audit_log where action = 'shift.clock-in'")).toHaveLength(1);
  });

  it('is for staff on calls only', async () => {
    expect((await clockIn(await h.signIn('trainer1'))).status).toBe(403);
    expect((await h.call('POST', '/api/shift/clock-in')).status).toBe(401);
  });
});

describe('clocking out', () => {
  it('answers the shift’s calls, talk time, crisis calls and breaks, and leaves the seat offline', async () => {
    const cookie = await h.signIn('counsellor1');
    await okJson(await clockIn(cookie));
    const id = await staffId('counsellor1');
    await h.store.query("update shift_sessions set clocked_in_at = now() - interval '3 hours'");
    await pastCall('counsellor1', 240, 30, 'high'); // before clock-in: not this shift's
    await pastCall('counsellor1', 170, 20, 'none');
    await pastCall('counsellor1', 120, 15, 'high');
    await pastCall('counsellor1', 60, 5, 'imminent');
    await pastCall('counsellor1', 30, 10, 'moderate');
    await pastCall('counsellor2', 100, 50, 'high'); // someone else's
    await h.store.query(
      `insert into seat_events (staff_id, status, at) values
         ($1, 'break', now() - interval '100 minutes'), ($1, 'available', now() - interval '85 minutes'),
         ($1, 'break', now() - interval '50 minutes'), ($1, 'available', now() - interval '40 minutes')`,
      [id],
    );

    const during = await seat(cookie);
    expect(during.session?.calls.map((call) => call.riskLevel)).toEqual(['none', 'high', 'imminent', 'moderate']);
    expect(during.session?.breaks).toHaveLength(2);
    expect(during.session?.breaks.every((pause) => pause.endedAt !== null)).toBe(true);

    const summary = await okJson<ShiftSummary>(await clockOut(cookie, '0591 高危来电者明早需回访'));
    expect(summary).toEqual({
      clockedInAt: during.session?.clockedInAt,
      clockedOutAt: expect.any(String),
      callsTaken: 4,
      talkSec: (20 + 15 + 5 + 10) * 60,
      crisisCalls: 2,
      breakSec: (15 + 10) * 60,
    });
    expect(await seat(cookie)).toMatchObject({ seat: { status: 'offline' }, session: null });
    const [audit] = await h.store.query<{ detail: unknown }>("select detail from audit_log where action = 'shift.clock-out'");
    expect(audit?.detail).toEqual({ handoverNote: true });
  });

  it('counts a call or a break still open up to clock-out', async () => {
    const cookie = await h.signIn('counsellor1');
    await okJson(await clockIn(cookie));
    await h.store.query("update shift_sessions set clocked_in_at = now() - interval '1 hour'");
    await pastCall('counsellor1', 10, null, 'low');
    const summary = await okJson<ShiftSummary>(await clockOut(cookie));
    expect(summary.talkSec).toBeGreaterThanOrEqual(600);
    expect(summary.talkSec).toBeLessThan(620);

    // The first shift's seat changes go an hour back, out of the second shift, whose clock-in and
    // break then sit 6 and 5 minutes back in that order: nothing else can end the break early.
    await h.store.query("update seat_events set at = at - interval '1 hour'");
    await okJson(await clockIn(cookie));
    await okJson(await h.call('PUT', '/api/seat', { cookie, body: { change: 'break', kind: 'debrief' } }));
    await h.store.query("update seat_events set at = now() - interval '5 minutes' where status = 'break'");
    await h.store.query("update seat_events set at = now() - interval '6 minutes' where status <> 'break' and at > now() - interval '30 minutes'");
    await h.store.query("update shift_sessions set clocked_in_at = now() - interval '6 minutes' where clocked_out_at is null");
    const second = await okJson<ShiftSummary>(await clockOut(cookie));
    expect(second).toMatchObject({ callsTaken: 0, breakSec: expect.any(Number) });
    expect(second.breakSec).toBeGreaterThanOrEqual(300);
    expect(second.breakSec).toBeLessThan(320);
  });

  it('needs an open shift, and keeps the note text out of the audit log', async () => {
    const cookie = await h.signIn('counsellor2');
    expect((await clockOut(cookie)).status).toBe(409);
    await okJson(await clockIn(cookie));
    await okJson(await clockOut(cookie));
    const [audit] = await h.store.query<{ detail: unknown }>("select detail from audit_log where action = 'shift.clock-out'");
    expect(audit?.detail).toEqual({ handoverNote: false });
  });

  it('answers a retried clock-out, whose first answer was lost, with the same summary and changes nothing', async () => {
    const cookie = await h.signIn('counsellor2');
    await okJson(await clockIn(cookie));
    const first = await okJson<ShiftSummary>(await clockOut(cookie, '请跟进 0591 的回访'));
    expect(await okJson<ShiftSummary>(await clockOut(cookie, '另一段交班留言'))).toEqual(first);
    expect(await h.store.query('select handover_note from shift_sessions')).toEqual([{ handover_note: '请跟进 0591 的回访' }]);
    expect(await h.store.query("select 1 from audit_log where action = 'shift.clock-out'")).toHaveLength(1);

    await h.store.query("update shift_sessions set clocked_in_at = now() - interval '1 hour', clocked_out_at = now() - interval '3 minutes'");
    expect((await clockOut(cookie)).status).toBe(409);
  });

  it('validates the note', async () => {
    const cookie = await h.signIn('counsellor1');
    expect((await clockOut(cookie, 'x'.repeat(2001))).status).toBe(400);
    expect((await h.call('POST', '/api/shift/clock-out', { cookie, body: {} })).status).toBe(400);
  });
});

describe('signing out', () => {
  it('leaves the seat offline and the shift open; signing in again carries on, the seat available again', async () => {
    const cookie = await h.onSeat('counsellor1');
    const before = await seat(cookie);
    expect((await h.call('DELETE', '/api/session', { cookie })).status).toBe(200);
    const [row] = await h.store.query<{ status: string }>('select status from seats where staff_id = $1', [await staffId('counsellor1')]);
    expect(row?.status).toBe('offline');

    // Seat and shift never disagree: an open shift with an offline seat would get no calls.
    const after = await seat(await h.signIn('counsellor1'));
    expect(after.seat.status).toBe('available');
    expect(after.session?.id).toBe(before.session?.id);
  });

  it('from an older tab whose seat another tab took, leaves the seat with that tab', async () => {
    const older = await h.onSeat('counsellor1');
    const newer = await h.signIn('counsellor1');
    expect((await h.call('POST', '/api/sip/credentials', { cookie: newer, body: { tabId: 'tab-newer-0001' } })).status).toBe(200);

    expect((await h.call('DELETE', '/api/session', { cookie: older })).status).toBe(200);
    expect((await seat(newer)).seat.status).toBe('available');

    expect((await h.call('DELETE', '/api/session', { cookie: newer })).status).toBe(200);
    const [row] = await h.store.query<{ status: string }>('select status from seats where staff_id = $1', [await staffId('counsellor1')]);
    expect(row?.status).toBe('offline');
  });

  it('signed out on the older device before the newer one’s phone registered: the seat waits, paused, until the counsellor resumes it', async () => {
    const older = await h.onSeat('counsellor1');
    const newer = await h.signIn('counsellor1');
    expect((await h.call('DELETE', '/api/session', { cookie: older })).status).toBe(200);
    // The shift runs on; the screen offers "take calls again", which the seat rules allow.
    const paused = await seat(newer);
    expect(paused.seat.status).toBe('offline');
    expect(paused.session?.clockedOutAt).toBeNull();
    const resumed = await okJson<SeatView>(await h.call('PUT', '/api/seat', { cookie: newer, body: { change: 'available' } }));
    expect(resumed.seat.status).toBe('available');
    expect(resumed.session?.id).toBe(paused.session?.id);
  });

  it('gives staff without a seat none', async () => {
    const cookie = await h.signIn('trainer1');
    expect((await h.call('DELETE', '/api/session', { cookie })).status).toBe(200);
    expect(await h.store.query('select 1 from seats')).toHaveLength(0);
  });
});

describe('the handover (GET /api/shift/handover)', () => {
  it('lists the centre’s notes of the last day, follow-ups due and open rescues, numbers masked', async () => {
    const [c1, c2, c3] = [await h.signIn('counsellor1'), await h.signIn('counsellor2'), await h.signIn('counsellor3')];
    for (const [cookie, note] of [[c1, '8号座耳机有杂音'], [c2, '  '], [c3, '厦门：回访名单已更新']] as const) {
      await okJson(await clockIn(cookie));
      await okJson(await clockOut(cookie, note));
    }
    const supervisorNote = await h.signIn('supervisor1');
    await okJson(await clockIn(supervisorNote));
    await okJson(await clockOut(supervisorNote, '督导：今晚排班缺一人'));
    await h.store.query(
      `insert into shift_sessions (staff_id, centre_area_code, clocked_in_at, clocked_out_at, handover_note)
       values ($1, '0591', now() - interval '40 hours', now() - interval '30 hours', '昨天的交接')`,
      [await staffId('counsellor1')],
    );

    // A completed high-risk record leaves a follow-up due in the centre's hours; one is moved past due.
    const followUp = async (cookie: string, dialled = '059112356') => {
      const record = await startCall(h, cookie, { dialled });
      const intake = withSafetyPlan(highRiskIntake());
      const body = { intakeRevision: 1, intake, notesRevision: 1, notes: [], transfersRevision: 0, transfers: [] };
      await okJson(await h.call('POST', `/api/contacts/${record.id}/complete`, { cookie, body }));
      return record.id;
    };
    const dueTomorrow = await followUp(c1);
    const overdue = await followUp(c2);
    await h.store.query(`update follow_ups set due_at = now() - interval '1 hour' where contact_id = $1`, [overdue]);
    const closed = await followUp(c1);
    await h.store.query(`update follow_ups set closed_at = now(), outcome = 'reached' where contact_id = $1`, [closed]);
    await followUp(c3, '059212356'); // Xiamen

    const rescue = await startCall(h, c2);
    await okJson(await h.call('PUT', `/api/contacts/${rescue.id}/intake`, { cookie: c2, body: { revision: 1, intake: rescueIntake({ service: '110', at: '2026-03-01T02:10:00+08:00' }) } }));
    const xiamenRescue = await startCall(h, c3, { dialled: '059212356' });
    await okJson(await h.call('PUT', `/api/contacts/${xiamenRescue.id}/intake`, { cookie: c3, body: { revision: 1, intake: rescueIntake() } }));

    const handover = await okJson<Handover>(await h.call('GET', '/api/shift/handover', { cookie: c1 }));
    expect(handover.notes).toEqual([
      { counsellorName: '陈督导', clockedOutAt: expect.any(String), note: '督导：今晚排班缺一人' },
      { counsellorName: '张咨询员', clockedOutAt: expect.any(String), note: '8号座耳机有杂音' },
    ]);
    expect(handover.followUps).toEqual([
      { id: expect.any(String), contactId: overdue, dueAt: expect.any(String), overdue: true, assignedToName: '李咨询员', counsellorName: '李咨询员', callerNumberMasked: '138****8000' },
      { id: expect.any(String), contactId: dueTomorrow, dueAt: expect.any(String), overdue: false, assignedToName: '张咨询员', counsellorName: '张咨询员', callerNumberMasked: '138****8000' },
    ]);
    expect(handover.openRescues).toEqual([
      { contactId: rescue.id, service: '110', handedOverAt: '2026-02-28T18:10:00.000Z', counsellorName: '李咨询员' },
    ]);
    expect(JSON.stringify(handover)).not.toContain(mobile);

    const xiamen = await okJson<Handover>(await h.call('GET', '/api/shift/handover', { cookie: c3 }));
    expect(xiamen.notes.map((n) => n.note)).toEqual(['厦门：回访名单已更新']);
    expect(xiamen.followUps).toHaveLength(1);
    expect(xiamen.openRescues.map((r) => r.contactId)).toEqual([xiamenRescue.id]);
  });

  it('is empty for a centre with nothing handed over, and for staff on calls only', async () => {
    const other = await signInNewStaff(h, { username: 'counsellor-nd', role: 'counsellor', centre: '0593', sipUsername: '8009' });
    expect(await okJson(await h.call('GET', '/api/shift/handover', { cookie: other }))).toEqual({ notes: [], followUps: [], openRescues: [] });
    expect((await h.call('GET', '/api/shift/handover', { cookie: await h.signIn('admin1') })).status).toBe(403);
  });
});
