import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, pbxSecret, type Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());
// Every test starts with nobody signed in or clocked in, and no call history.
beforeEach(() => h.store.query('truncate sessions, seats, seat_events, shift_sessions, call_routing cascade'));

async function routeFor(dialled: string, tried?: string): Promise<{ status: number; text: string }> {
  const query = new URLSearchParams({ dialled, callId: `call-${Math.random()}`, ...(tried && { tried }) });
  const res = await h.pbx(`/api/pbx/route?${query}`);
  return { status: res.status, text: await res.text() };
}

describe('PBX callbacks are for the PBX only', () => {
  it('answers 401 without the secret and 403 with a wrong one', async () => {
    const missing = await h.pbx('/api/pbx/ha1?username=8001&realm=12356.local', {});
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: { code: 'unauthenticated' } });
    const wrong = await h.pbx('/api/pbx/route?dialled=12356&callId=x', { 'x-pbx-secret': 'guess' });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: { code: 'forbidden' } });
  });

  it('answers 403 to the right secret from another host', async () => {
    const remote = await createHarness({ clientAddress: '192.0.2.10' });
    try {
      const res = await remote.pbx('/api/pbx/ha1?username=8001&realm=12356.local', { 'x-pbx-secret': pbxSecret });
      expect(res.status).toBe(403);
    } finally {
      await remote.close();
    }
  });

  it('does not open to a signed-in browser', async () => {
    const cookie = await h.signIn('admin1');
    expect((await h.call('GET', '/api/pbx/route?dialled=12356&callId=x', { cookie })).status).toBe(401);
  });
});

describe('routing a call to a public line', () => {
  it('rings a clocked-in counsellor of the dialled centre only', async () => {
    await h.onSeat('counsellor3'); // Xiamen
    expect(await routeFor('059212356')).toEqual({ status: 200, text: '8003' });
    expect(await routeFor('059112356')).toEqual({ status: 404, text: 'nobody-on-duty' }); // Fuzhou's counsellors are not on seat
  });

  it('does not ring staff who are clocked in without a softphone, nor non-counsellors', async () => {
    const cookie = await h.signIn('counsellor1');
    expect((await h.call('POST', '/api/shift/clock-in', { cookie })).status).toBe(200);
    await h.onSeat('supervisor1');
    const res = await routeFor('059112356');
    expect(res).toEqual({ status: 404, text: 'nobody-on-duty' });
  });

  it('does not ring a counsellor with a softphone who has not clocked in', async () => {
    const cookie = await h.signIn('counsellor1');
    expect((await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: 'tab-counsellor1' } })).status).toBe(200);
    expect(await routeFor('059112356')).toEqual({ status: 404, text: 'nobody-on-duty' });
    expect((await h.call('POST', '/api/shift/clock-in', { cookie })).status).toBe(200);
    expect(await routeFor('059112356')).toEqual({ status: 200, text: '8001' });
  });

  it('rings available seats only: not on a call, in wrap-up (even past its time), on break or clocked out', async () => {
    const [one, two] = [await h.onSeat('counsellor1'), await h.onSeat('counsellor2')];
    const seat = (cookie: string, body: unknown) => h.call('PUT', '/api/seat', { cookie, body });
    const rung = async () => (await routeFor('059112356')).text;

    expect((await seat(one, { change: 'on-call', callId: 'call-a' })).status).toBe(200);
    expect([await rung(), await rung()]).toEqual(['8002', '8002']);
    expect((await seat(one, { change: 'wrap-up', callId: 'call-a' })).status).toBe(200);
    await h.store.query("update seats set wrap_up_ends_at = now() - interval '1 minute' where status = 'wrap-up'");
    expect(await rung()).toBe('8002');
    expect((await seat(one, { change: 'break', kind: 'debrief' })).status).toBe(200);
    expect(await rung()).toBe('8002');
    expect((await h.call('POST', '/api/shift/clock-out', { cookie: one, body: { handoverNote: '' } })).status).toBe(200);
    expect(await rung()).toBe('8002');

    expect((await seat(two, { change: 'break', kind: 'break' })).status).toBe(200);
    expect(await routeFor('059112356')).toEqual({ status: 404, text: 'nobody-on-duty' });
    expect((await seat(two, { change: 'available' })).status).toBe(200);
    expect(await rung()).toBe('8002');
  });

  it('says why nobody is offered a call: nobody on duty, all busy (the caller queues), or rung and not answered', async () => {
    const seat = (cookie: string, body: unknown) => h.call('PUT', '/api/seat', { cookie, body });
    expect(await routeFor('059112356')).toEqual({ status: 404, text: 'nobody-on-duty' });
    const one = await h.onSeat('counsellor1');
    expect((await seat(one, { change: 'on-call', callId: 'call-a' })).status).toBe(200);
    expect(await routeFor('059112356')).toEqual({ status: 404, text: 'queue:300' });
    expect((await seat(one, { change: 'wrap-up', callId: 'call-a' })).status).toBe(200);
    expect(await routeFor('059112356')).toEqual({ status: 404, text: 'queue:300' });
    const two = await h.onSeat('counsellor2');
    expect(await routeFor('059112356', '8002')).toEqual({ status: 404, text: 'no-answer' });
    expect((await seat(two, { change: 'break', kind: 'break' })).status).toBe(200);
    expect((await seat(one, { change: 'break', kind: 'debrief' })).status).toBe(200);
    expect(await routeFor('059112356')).toEqual({ status: 404, text: 'nobody-on-duty' });
    // Xiamen's counsellor on duty does not make Fuzhou's line busy, but answers plain 12356.
    await h.onSeat('counsellor3');
    expect(await routeFor('059112356')).toEqual({ status: 404, text: 'nobody-on-duty' });
    expect(await routeFor('12356')).toEqual({ status: 200, text: '8003' });
  });

  it('spreads calls: the counsellor offered a call longest ago comes first', async () => {
    await h.onSeat('counsellor1');
    await h.onSeat('counsellor2');
    const picks = [];
    for (let i = 0; i < 4; i++) picks.push((await routeFor('059112356')).text);
    expect(picks).toEqual(['8001', '8002', '8001', '8002']);
  });

  it('never rings a counsellor already tried for this call', async () => {
    await h.onSeat('counsellor1');
    await h.onSeat('counsellor2');
    expect(await routeFor('059112356', '8001')).toEqual({ status: 200, text: '8002' });
    expect(await routeFor('059112356', '8002, 8001')).toEqual({ status: 404, text: 'no-answer' });
  });

  it('sends plain 12356 to any counsellor in the province', async () => {
    await h.onSeat('counsellor3');
    expect(await routeFor('12356')).toEqual({ status: 200, text: '8003' });
  });

  it('stops ringing a counsellor who signed out', async () => {
    const cookie = await h.onSeat('counsellor1');
    await h.call('DELETE', '/api/session', { cookie });
    expect(await routeFor('059112356')).toEqual({ status: 404, text: 'nobody-on-duty' });
  });

  it('answers 404 unknown-line for a number that is no line of this deployment, and records nothing', async () => {
    await h.onSeat('counsellor1');
    expect(await routeFor('110')).toEqual({ status: 404, text: 'unknown-line' });
    expect(await routeFor('099912356')).toEqual({ status: 404, text: 'unknown-line' }); // no centre has 0999
    expect(await h.store.query('select 1 from call_routing')).toHaveLength(0);
  });

  it('records each decision against the call id', async () => {
    await h.onSeat('counsellor1');
    await h.pbx('/api/pbx/route?dialled=059112356&callId=abc-1');
    await h.pbx('/api/pbx/route?dialled=059212356&callId=abc-2');
    const rows = await h.store.query('select call_id, dialled, area_code, offered_to, outcome from call_routing order by at');
    expect(rows).toEqual([
      { call_id: 'abc-1', dialled: '059112356', area_code: '0591', offered_to: '8001', outcome: 'offered' },
      { call_id: 'abc-2', dialled: '059212356', area_code: '0592', offered_to: null, outcome: 'no_counsellor' },
    ]);
  });

  it('validates the query', async () => {
    const res = await h.pbx('/api/pbx/route?dialled=12a56&callId=x');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'validation', issues: [{ path: ['dialled'], message: 'phone.digitsOnly' }] },
    });
  });
});
