import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QueuePosition } from '../../src/contract';
import { callerHasher } from '../contacts/caller-hash';
import type { LiveChange } from '../events/bus';
import { startCall } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';
import type { PbxHandle, ReleaseResult } from './release';

let h: Harness;
/** What the PBX was asked to release, as call ids (tindex n is the n-th queued call). */
let released: string[];
let releaseAnswer: ReleaseResult;
let changes: LiveChange[];
const handles = new Map<number, string>();
let trainer: string;

beforeEach(async () => {
  released = [];
  releaseAnswer = 'released';
  handles.clear();
  h = await createHarness({
    release: async ({ tindex }: PbxHandle) => {
      released.push(handles.get(tindex) ?? `unknown ${tindex}`);
      return releaseAnswer;
    },
  });
  changes = [];
  h.live.subscribe((change) => changes.push(change));
  trainer = await h.signIn('trainer1');
});
afterEach(() => h.close());

async function ask(callId: string, { dialled = '059112356', caller = '', tried = '', unreachable = '' } = {}): Promise<string> {
  const res = await h.pbx(`/api/pbx/route?${new URLSearchParams({ dialled, callId, caller, tried, unreachable })}`);
  return res.text();
}

/** A caller dials and the PBX holds them (182, suspended): what the API answered. */
async function dial(callId: string, options: { dialled?: string; caller?: string } = {}): Promise<string> {
  const answer = await ask(callId, options);
  if (answer.startsWith('queue:')) {
    const tindex = handles.size + 1;
    handles.set(tindex, callId);
    expect(await (await h.pbx(`/api/pbx/queue-event?event=queued&callId=${callId}&tindex=${tindex}&tlabel=7`)).text()).toBe('ok');
  }
  return answer;
}

const seat = (cookie: string, body: unknown) => h.call('PUT', '/api/seat', { cookie, body });
const position = async (callId: string) => okJson<QueuePosition>(await h.call('GET', `/api/queue/position?callId=${callId}`, { cookie: trainer }));
const stateOf = async (callId: string) => (await h.store.query<{ state: string }>('select state from hotline_calls where call_id = $1', [callId]))[0]?.state;

/** Both Fuzhou counsellors on a call. */
async function fuzhouBusy(): Promise<{ one: string; two: string }> {
  const [one, two] = [await h.onSeat('counsellor1'), await h.onSeat('counsellor2')];
  expect((await seat(one, { change: 'on-call', callId: 'busy-1' })).status).toBe(200);
  expect((await seat(two, { change: 'on-call', callId: 'busy-2' })).status).toBe(200);
  return { one, two };
}

/** Counsellor hangs up, finishes wrap-up and is free again; then the queue runs. */
async function freeAgain(cookie: string, callId: string) {
  expect((await seat(cookie, { change: 'wrap-up', callId })).status).toBe(200);
  expect((await seat(cookie, { change: 'available' })).status).toBe(200);
  await h.queue.dispatch();
}

describe('the call queue', () => {
  it('queues callers when every counsellor is busy, in order; an abandoned caller leaves; a free seat gets the longest wait', async () => {
    const { one } = await fuzhouBusy();
    for (const id of ['q1', 'q2', 'q3']) expect(await dial(id)).toBe('queue:300');
    expect((await Promise.all(['q1', 'q2', 'q3'].map(position))).map((p) => [p.state, p.position])).toEqual([
      ['waiting', 1],
      ['waiting', 2],
      ['waiting', 3],
    ]);

    await h.pbx('/api/pbx/queue-event?event=abandoned&callId=q2');
    expect(await position('q2')).toMatchObject({ state: 'abandoned', position: null });
    expect((await position('q3')).position).toBe(2);

    await freeAgain(one, 'busy-1');
    expect(released).toEqual(['q1']);
    expect(await ask('q1')).toBe('8001');
    expect(await position('q1')).toMatchObject({ state: 'offered', position: null });
    expect((await position('q3')).position).toBe(1);
    expect((await seat(one, { change: 'on-call', callId: 'q1' })).status).toBe(200);
    expect(await stateOf('q1')).toBe('answered');
    expect(changes.filter((c) => c.kind === 'call').map((c) => c.kind === 'call' && `${c.change} ${c.callId}`)).toEqual([
      'queued q1',
      'queued q2',
      'queued q3',
      'abandoned q2',
      'offered q1',
      'answered q1',
    ]);
  });

  it('puts a caller with a recent high-risk record first and a listed nuisance number last; refuses a blocked one', async () => {
    const hash = callerHasher(h.store, h.config.callerHashPepper);
    // A Xiamen colleague took that call; their unfinished high-risk record holds only their own seat.
    const colleague = await h.onSeat('counsellor3');
    const record = await startCall(h, colleague, { callerNumber: '13800000001', dialled: '059212356' });
    await h.store.query(`update contacts set risk_level = 'high' where id = $1`, [record.id]);
    const [supervisor] = await h.store.query<{ id: string }>(`select id from staff where username = 'supervisor1'`);
    for (const [number, blocked] of [['13800000002', false], ['13800000003', true]] as const) {
      await h.store.query(
        `insert into nuisance_numbers (centre_area_code, caller_number_hash, masked_number, reason, blocked, listed_by, expires_at)
         values ('0591', $1, '138****0000', 'test', $2, $3, now() + interval '1 day')`,
        [await hash(number), blocked, supervisor?.id],
      );
    }
    const { one } = await fuzhouBusy();

    expect(await dial('nuisance', { caller: '13800000002' })).toBe('queue:300');
    expect(await dial('plain')).toBe('queue:300');
    expect(await dial('risky', { caller: '13800000001' })).toBe('queue:300');
    expect(await ask('blocked', { caller: '13800000003' })).toBe('all-busy');
    expect(await stateOf('blocked')).toBe('busy');
    expect((await Promise.all(['risky', 'plain', 'nuisance'].map(position))).map((p) => p.position)).toEqual([1, 2, 3]);

    await freeAgain(one, 'busy-1');
    expect(released).toEqual(['risky']);
  });

  it('gives a call to an overflow centre only after the wait, and only to a configured centre', async () => {
    await h.store.query(
      `update centre_settings set settings = settings || '{"overflowAfterSec": 30, "overflowCentres": ["0592"]}' where area_code = '0591'`,
    );
    await fuzhouBusy();
    expect(await dial('long')).toBe('queue:300');
    await h.onSeat('counsellor3');
    await h.queue.dispatch();
    expect(released).toEqual([]);

    await h.store.query(`update hotline_calls set queued_at = now() - interval '31 seconds' where call_id = 'long'`);
    // Nothing announces that a wait passed the overflow time: the sweep finds it.
    await h.queue.sweep();
    expect(released).toEqual(['long']);
    expect(await ask('long')).toBe('8003');
    const [row] = await h.store.query<{ overflowed: boolean }>(`select overflowed_at is not null as overflowed from hotline_calls where call_id = 'long'`);
    expect(row?.overflowed).toBe(true);
    expect(changes.filter((c) => c.kind === 'call' && c.change === 'overflowed')).toHaveLength(1);
  });

  it('releases a call again to a counsellor whose phone was not registered yet, once the PBX holds it again', async () => {
    const { one } = await fuzhouBusy();
    expect(await dial('early')).toBe('queue:300');
    await freeAgain(one, 'busy-1');
    expect(released).toEqual(['early']);
    expect(await ask('early')).toBe('8001');
    expect(await ask('early', { tried: '8001', unreachable: '8001' })).toMatch(/^queue:/);
    await h.queue.dispatch();
    expect(released).toEqual(['early']);
    await h.pbx('/api/pbx/queue-event?event=queued&callId=early&tindex=1&tlabel=9');
    await h.queue.dispatch();
    expect(released).toEqual(['early', 'early']);
    expect(await ask('early', { tried: '8001' })).toBe('8001');
    expect(await ask('early', { tried: '8001' })).toMatch(/^queue:/);
  });

  it('puts a released call the counsellor lets ring out back in its place, not to them again', async () => {
    const { one } = await fuzhouBusy();
    expect(await dial('first')).toBe('queue:300');
    expect(await dial('second')).toBe('queue:300');
    await freeAgain(one, 'busy-1');
    expect(released).toEqual(['first']);
    expect(await ask('first')).toBe('8001');
    expect(await ask('first', { tried: '8001' })).toMatch(/^queue:(29\d|300)$/);
    expect(await position('first')).toMatchObject({ state: 'waiting', position: 1 });
    // The counsellor who let it ring out gets the next caller, not the same one again.
    await h.pbx('/api/pbx/queue-event?event=queued&callId=first&tindex=1&tlabel=8');
    await h.queue.dispatch();
    expect(released).toEqual(['first', 'second']);
  });

  it('counts the queue limit as busy, and a release the PBX no longer holds as abandoned', async () => {
    const { one } = await fuzhouBusy();
    expect(await dial('patient')).toBe('queue:300');
    expect(await dial('ghost')).toBe('queue:300');
    await h.pbx('/api/pbx/queue-event?event=limit&callId=patient');
    expect(await stateOf('patient')).toBe('busy');
    releaseAnswer = 'gone';
    await freeAgain(one, 'busy-1');
    expect(released).toEqual(['ghost']);
    expect(await stateOf('ghost')).toBe('abandoned');
    // A call the PBX dropped unseen (no limit event) is counted busy once past the longest limit.
    expect((await seat(one, { change: 'on-call', callId: 'busy-3' })).status).toBe(200);
    expect(await dial('forgotten')).toBe('queue:300');
    await h.store.query(`update hotline_calls set queued_at = now() - interval '2 hours' where call_id = 'forgotten'`);
    await h.queue.sweep();
    expect(await stateOf('forgotten')).toBe('busy');
    expect(changes.some((c) => c.kind === 'call' && c.change === 'busy' && c.callId === 'patient')).toBe(true);
  });

  it('lets only trainers and admins read a place in line', async () => {
    const counsellor = await h.signIn('counsellor1');
    expect((await h.call('GET', '/api/queue/position?callId=x', { cookie: counsellor })).status).toBe(403);
    expect((await h.call('GET', '/api/queue/position?callId=x', { cookie: trainer })).status).toBe(404);
  });
});
