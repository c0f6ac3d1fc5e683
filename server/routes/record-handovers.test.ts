import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContactRecord, Intake, RecordHandover, SeatView } from '../../src/contract';
import { auditCount, highRiskIntake, intakeWith, rescueIntake, signInNewStaff, startCall, withSafetyPlan } from '../testing/contacts';
import { createHarness, okJson, pbxSecret, type Harness } from '../testing/harness';

let h: Harness;
let xiamenSupervisor: string;
let supervisors = 0;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());
// Every test starts with nobody signed in or on seat and no records; a Xiamen supervisor of its own.
beforeEach(async () => {
  await h.store.query('truncate sessions, seats, seat_events, shift_sessions, call_routing, contacts, record_handovers cascade');
  supervisors += 1;
  xiamenSupervisor = await signInNewStaff(h, { username: `supervisor-xm-${supervisors}`, role: 'supervisor', centre: '0592', sipUsername: `81${supervisors}0` });
});

async function routeFor(dialled = '059112356'): Promise<string> {
  const query = new URLSearchParams({ dialled, callId: `call-${Math.random()}` });
  const res = await h.pbx(`/api/pbx/route?${query}`, { 'x-pbx-secret': pbxSecret });
  return res.status === 200 ? res.text() : `no one (${res.status})`;
}

/** A call of the counsellor's, ended, whose record was saved with this intake and left a draft. */
async function draftWith(cookie: string, intake: Intake): Promise<ContactRecord> {
  const record = await startCall(h, cookie);
  expect((await h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie, body: { revision: 1, intake } })).status).toBe(200);
  return record;
}

const handOver = (cookie: string, id: string, reason: string) => h.call('POST', `/api/contacts/${id}/handover`, { cookie, body: { reason } });

/** Completes with the intake saved last (revision 2), or with a change to it at `intakeRevision` 3. */
const complete = (cookie: string, id: string, intake: Intake, intakeRevision = 2) =>
  h.call('POST', `/api/contacts/${id}/complete`, {
    cookie,
    body: { intakeRevision, intake, notesRevision: 1, notes: [], transfersRevision: 0, transfers: [] },
  });

/** Imminent danger with no call-back number and no safety action: what issue #11 found let through. */
const bareImminent = (): Intake => {
  const intake = rescueIntake();
  return { ...intake, imminent: { ...intake.imminent, callbackNumber: '' }, safety: { ...intake.safety, emergencyHandoff: null, noActionReason: '' } };
};

describe('routing after a high- or imminent-risk call', () => {
  it('offers no call to a counsellor whose imminent-risk record is unfinished, until it is completed', async () => {
    const cookie = await h.onSeat('counsellor1');
    const record = await draftWith(cookie, bareImminent());
    expect(await routeFor()).toBe('no one (404)');
    // The seat claims to be free: the server still refuses, whatever the browser says.
    expect((await h.call('PUT', '/api/seat', { cookie, body: { change: 'available' } })).status).toBe(200);
    expect(await routeFor()).toBe('no one (404)');

    expect((await complete(cookie, record.id, bareImminent())).status).toBe(422);
    expect(await routeFor()).toBe('no one (404)');
    expect((await complete(cookie, record.id, rescueIntake(), 3)).status).toBe(200);
    expect(await routeFor()).toBe('8001');
  });

  it('offers the next call once the high-risk record is handed to a supervisor with a reason', async () => {
    const cookie = await h.onSeat('counsellor1');
    const held = async () => (await okJson<SeatView>(await h.call('GET', '/api/seat', { cookie }))).heldByRecord;
    expect(await held()).toBe(false);
    const record = await draftWith(cookie, highRiskIntake());
    expect(await routeFor()).toBe('no one (404)');
    // The seat view says so, for the phone's status line.
    expect(await held()).toBe(true);
    expect((await handOver(cookie, record.id, '来电者挂断，安全计划未完成，请督导回访')).status).toBe(200);
    expect(await routeFor()).toBe('8001');
    expect(await held()).toBe(false);
  });

  it('keeps routing to other counsellors, and to a counsellor whose unfinished record is low or moderate risk', async () => {
    const one = await h.onSeat('counsellor1');
    await h.onSeat('counsellor2');
    await draftWith(one, highRiskIntake());
    expect([await routeFor(), await routeFor()]).toEqual(['8002', '8002']);

    await h.store.query('truncate contacts, record_handovers cascade');
    const moderate = intakeWith((intake) => {
      intake.screener = { ...intake.screener, wishedDead: 'yes', suicidalThoughts: 'yes', method: 'yes', intent: 'no', plan: 'no', behaviour: 'no' };
    });
    const record = await draftWith(one, moderate);
    expect(record.riskLevel).toBe('none');
    const [stored] = await h.store.query<{ riskLevel: string }>('select risk_level as "riskLevel" from contacts where id = $1', [record.id]);
    expect(stored?.riskLevel).toBe('moderate');
    expect(new Set([await routeFor(), await routeFor()])).toEqual(new Set(['8001', '8002']));
  });

  it('is held by an earlier unfinished record too, not only the last call’s', async () => {
    const cookie = await h.onSeat('counsellor1');
    const risky = await draftWith(cookie, highRiskIntake());
    const later = await startCall(h, cookie);
    expect((await complete(cookie, later.id, intakeWith((intake) => { intake.callType = 'wrong-number'; }))).status).toBe(200);
    expect(await routeFor()).toBe('no one (404)');
    expect((await complete(cookie, risky.id, withSafetyPlan(highRiskIntake()))).status).toBe(200);
    expect(await routeFor()).toBe('8001');
  });
});

describe('handing a record to a supervisor', () => {
  it('stores the reason, who and when, audits it, and answers the same hand-over when sent again', async () => {
    const cookie = await h.signIn('counsellor1');
    const record = await draftWith(cookie, bareImminent());
    const made = await okJson<RecordHandover>(await handOver(cookie, record.id, '  来电者拒绝留回拨号码，请督导跟进  '));
    expect(made).toMatchObject({
      contactId: record.id,
      riskLevel: 'imminent',
      reason: '来电者拒绝留回拨号码，请督导跟进',
      handedOverBy: record.counsellorId,
      handedOverByName: '张咨询员',
      recordCompleted: false,
    });
    expect(Date.now() - Date.parse(made.handedOverAt)).toBeLessThan(60_000);
    expect(await okJson<RecordHandover>(await handOver(cookie, record.id, '另一个理由'))).toEqual(made);
    expect(await auditCount(h, 'contact.handover', record.id)).toBe(1);
    const [audited] = await h.store.query<{ detail: unknown }>("select detail from audit_log where action = 'contact.handover' and subject_id = $1", [record.id]);
    expect(JSON.stringify(audited?.detail)).not.toContain('回拨');
  });

  it('needs a reason', async () => {
    const cookie = await h.signIn('counsellor1');
    const record = await draftWith(cookie, highRiskIntake());
    for (const reason of ['', '   ']) expect((await handOver(cookie, record.id, reason)).status).toBe(400);
    expect(await h.store.query('select 1 from record_handovers')).toEqual([]);
  });

  it('is for the record’s counsellor only: a supervisor is refused, others learn nothing', async () => {
    const owner = await h.signIn('counsellor1');
    const record = await draftWith(owner, highRiskIntake());
    expect((await handOver(await h.signIn('supervisor1'), record.id, '理由')).status).toBe(403);
    expect((await handOver(await h.signIn('counsellor2'), record.id, '理由')).status).toBe(404);
    expect((await handOver(await h.signIn('trainer1'), record.id, '理由')).status).toBe(403);
    expect((await handOver(xiamenSupervisor, record.id, '理由')).status).toBe(404);
    expect(await h.store.query('select 1 from record_handovers')).toEqual([]);
  });

  it('refuses a completed record (there is nothing left to hand over)', async () => {
    const cookie = await h.signIn('counsellor1');
    const record = await draftWith(cookie, rescueIntake());
    expect((await complete(cookie, record.id, rescueIntake())).status).toBe(200);
    expect((await handOver(cookie, record.id, '理由')).status).toBe(409);
  });
});

describe('supervisors read the hand-overs', () => {
  it('lists their centre’s, newest first; counsellors may not list them', async () => {
    const one = await h.signIn('counsellor1');
    const two = await h.signIn('counsellor2');
    const first = await draftWith(one, highRiskIntake());
    const second = await draftWith(two, bareImminent());
    const xiamen = await draftWith(await h.signIn('counsellor3'), highRiskIntake());
    expect((await handOver(one, first.id, '第一条')).status).toBe(200);
    expect((await handOver(two, second.id, '第二条')).status).toBe(200);
    expect((await handOver(await h.signIn('counsellor3'), xiamen.id, '厦门')).status).toBe(200);

    const list = async (cookie: string) => (await okJson<{ handovers: RecordHandover[] }>(await h.call('GET', '/api/record-handovers', { cookie }))).handovers;
    expect((await list(await h.signIn('supervisor1'))).map((r) => [r.contactId, r.reason, r.handedOverByName])).toEqual([
      [second.id, '第二条', '李咨询员'],
      [first.id, '第一条', '张咨询员'],
    ]);
    expect((await list(xiamenSupervisor)).map((r) => r.contactId)).toEqual([xiamen.id]);
    expect((await h.call('GET', '/api/record-handovers', { cookie: one })).status).toBe(403);
  });
});
