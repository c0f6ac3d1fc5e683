import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, pbxSecret, type Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());
// Every test starts with nobody signed in and no call history.
beforeEach(() => h.store.query('truncate sessions, seats, call_routing cascade'));

/** Signs in and registers the softphone, which is what makes a counsellor reachable. */
async function onSeat(username: string): Promise<string> {
  const cookie = await h.signIn(username);
  const res = await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: `tab-${username}` } });
  expect(res.status).toBe(200);
  return cookie;
}

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
  it('rings a signed-in counsellor of the dialled centre only', async () => {
    await onSeat('counsellor3'); // Xiamen
    expect(await routeFor('059212356')).toEqual({ status: 200, text: '8003' });
    expect((await routeFor('059112356')).status).toBe(404); // Fuzhou's counsellors are not signed in
  });

  it('does not ring staff who are signed in without a softphone, nor non-counsellors', async () => {
    await h.signIn('counsellor1');
    await onSeat('supervisor1');
    const res = await routeFor('059112356');
    expect(res).toEqual({ status: 404, text: '' });
  });

  it('spreads calls: the counsellor offered a call longest ago comes first', async () => {
    await onSeat('counsellor1');
    await onSeat('counsellor2');
    const picks = [];
    for (let i = 0; i < 4; i++) picks.push((await routeFor('059112356')).text);
    expect(picks).toEqual(['8001', '8002', '8001', '8002']);
  });

  it('never rings a counsellor already tried for this call', async () => {
    await onSeat('counsellor1');
    await onSeat('counsellor2');
    expect(await routeFor('059112356', '8001')).toEqual({ status: 200, text: '8002' });
    expect(await routeFor('059112356', '8002, 8001')).toEqual({ status: 404, text: '' });
  });

  it('sends plain 12356 to any counsellor in the province', async () => {
    await onSeat('counsellor3');
    expect(await routeFor('12356')).toEqual({ status: 200, text: '8003' });
  });

  it('stops ringing a counsellor who signed out', async () => {
    const cookie = await onSeat('counsellor1');
    await h.call('DELETE', '/api/session', { cookie });
    expect((await routeFor('059112356')).status).toBe(404);
  });

  it('answers 404 for a number that is no hotline line, and records nothing', async () => {
    await onSeat('counsellor1');
    expect(await routeFor('110')).toEqual({ status: 404, text: '' });
    expect(await h.store.query('select 1 from call_routing')).toHaveLength(0);
  });

  it('records each decision against the call id', async () => {
    await onSeat('counsellor1');
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
