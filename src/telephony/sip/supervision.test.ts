import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatSupervisionHeader, SUPERVISION_HEADER, SUPERVISION_INFO_TYPE, type Supervision, type SupervisionMode } from '../../contract';
import type { TelephonyEvent } from '../events';
import type { SupervisionVoucher } from '../types';
import { nextEvent, SipRig, until, type Peer, type TestPhone } from './testing/sip-rig';

const DIALLED = 'X-Hotline-Dialled: 059112356';
const GRANT = { id: '3f1c2b4a-9d8e-4f70-a1b2-c3d4e5f6a7b8', token: 'a'.repeat(40) };
const SUPERVISION = `${SUPERVISION_HEADER}: ${formatSupervisionHeader(GRANT.id, GRANT.token)}`;

function supervision(mode: SupervisionMode, state: Supervision['state'] = 'live'): Supervision {
  return { id: GRANT.id, callId: 'x', state, mode, supervisorId: 's1', supervisorName: '陈督导', counsellorId: 'c1', startedAt: null, endedAt: null, endReason: null };
}

/** The API as the seat sees it: answers set per test, every question and report written down. */
function apiVoucher(answers: { vouch: Supervision | null; current?: Supervision | null }) {
  const voucher = {
    vouch: vi.fn<SupervisionVoucher['vouch']>(async () => answers.vouch),
    current: vi.fn<SupervisionVoucher['current']>(async () => answers.current ?? null),
    ended: vi.fn<SupervisionVoucher['ended']>(),
  };
  return voucher;
}

let rig: SipRig;
let phone: TestPhone;
let caller: Peer;
let supervisor: Peer;
let events: TelephonyEvent['type'][];

beforeEach(async () => {
  rig = new SipRig();
  phone = await rig.phone('8001');
  caller = await rig.peer('13800000000');
  supervisor = await rig.peer('8101');
  events = [];
  phone.registry.events.onAny((event) => events.push(event.type));
});

afterEach(() => rig.close());

async function callerTalking() {
  const { placed, callId } = await phone.callFrom(caller, [DIALLED]);
  return { placed, callId, sipCallId: phone.registry.find(callId)?.sipCallId ?? '' };
}

async function supervised(voucher: ReturnType<typeof apiVoucher>) {
  phone.context.supervisionVoucher = voucher;
  const started = nextEvent(phone.registry, 'supervision-started');
  const placed = supervisor.call('8001', [SUPERVISION]);
  const { call } = await started;
  expect(await placed.final).toBe(200);
  return { placed, legId: call.id };
}

describe('a supervisor’s call to the seat', () => {
  it('is taken at once, without ringing, when the API vouches for it on the caller’s call', async () => {
    const { callId, sipCallId } = await callerTalking();
    const voucher = apiVoucher({ vouch: supervision('listen') });
    const { legId } = await supervised(voucher);
    expect(voucher.vouch).toHaveBeenCalledWith(GRANT, sipCallId);
    expect(phone.registry.find(legId)).toMatchObject({ leg: 'supervision', phase: 'active', linkedCallId: callId, supervision: { id: GRANT.id, supervisorName: '陈督导', mode: 'listen' } });
    expect(phone.registry.find(callId)?.phase).toBe('active');
    // Offered once only: the caller's call. The supervisor never rang.
    expect(events.filter((type) => type === 'call-offered')).toHaveLength(1);
  });

  it('is refused 403 when the API does not vouch for it; the caller’s call goes on', async () => {
    const { callId } = await callerTalking();
    phone.context.supervisionVoucher = apiVoucher({ vouch: null });
    expect(await supervisor.call('8001', [SUPERVISION]).final).toBe(403);
    expect(phone.registry.calls().map((call) => [call.id, call.phase])).toEqual([[callId, 'active']]);
    expect(events).not.toContain('supervision-started');
  });

  it('is refused 403 without asking the API when the seat has no caller on the line', async () => {
    const voucher = apiVoucher({ vouch: supervision('listen') });
    phone.context.supervisionVoucher = voucher;
    expect(await supervisor.call('8001', [SUPERVISION]).final).toBe(403);
    expect(voucher.vouch).not.toHaveBeenCalled();
    expect(phone.registry.calls()).toEqual([]);
  });

  it('is refused 403 when its grant is malformed, and when the seat has no way to ask the API', async () => {
    await callerTalking();
    const voucher = apiVoucher({ vouch: supervision('listen') });
    phone.context.supervisionVoucher = voucher;
    expect(await supervisor.call('8001', [`${SUPERVISION_HEADER}: made-up`]).final).toBe(403);
    expect(voucher.vouch).not.toHaveBeenCalled();
    phone.context.supervisionVoucher = null;
    expect(await supervisor.call('8001', [SUPERVISION]).final).toBe(403);
  });

  it('takes the mode the API answers after a mode change, never the message’s own word', async () => {
    await callerTalking();
    const voucher = apiVoucher({ vouch: supervision('listen'), current: supervision('whisper') });
    const { placed, legId } = await supervised(voucher);
    const changed = nextEvent(phone.registry, 'supervision-changed');
    await placed.inviter.info({ requestOptions: { body: { contentDisposition: 'render', contentType: SUPERVISION_INFO_TYPE, content: '{"mode":"barge"}' } } });
    expect((await changed).call.supervision?.mode).toBe('whisper');
    expect(voucher.current).toHaveBeenCalledWith(GRANT.id);
    expect(phone.registry.find(legId)?.dtmfReceived).toBe('');
  });

  it('is hung up when the API no longer knows the supervision', async () => {
    await callerTalking();
    const { placed } = await supervised(apiVoucher({ vouch: supervision('listen'), current: null }));
    const ended = nextEvent(phone.registry, 'supervision-ended');
    await placed.inviter.info({ requestOptions: { body: { contentDisposition: 'render', contentType: SUPERVISION_INFO_TYPE, content: '{"mode":"barge"}' } } });
    expect((await ended).call.supervision?.id).toBe(GRANT.id);
  });

  it('ends with the caller’s call, and the API is told the call ended', async () => {
    const { placed } = await callerTalking();
    const voucher = apiVoucher({ vouch: supervision('listen') });
    const { legId } = await supervised(voucher);
    const ended = nextEvent(phone.registry, 'supervision-ended');
    await placed.inviter.bye();
    await ended;
    await until(phone.registry, () => phone.registry.find(legId)?.phase === 'ended');
    expect(voucher.ended).toHaveBeenCalledWith(GRANT.id, 'call-ended');
  });

  it('ends when the supervisor leaves; the caller’s call goes on', async () => {
    const { callId } = await callerTalking();
    const { placed } = await supervised(apiVoucher({ vouch: supervision('barge') }));
    const ended = nextEvent(phone.registry, 'supervision-ended');
    await placed.inviter.bye();
    expect((await ended).call.supervision?.mode).toBe('barge');
    expect(phone.registry.find(callId)?.phase).toBe('active');
  });

  it('follows the caller through hold, and never survives their transfer to another party', async () => {
    const { callId } = await callerTalking();
    const voucher = apiVoucher({ vouch: supervision('listen') });
    const { legId } = await supervised(voucher);
    await phone.calls.setHeld(callId, true);
    expect(phone.registry.find(legId)?.phase).toBe('active');
    await phone.calls.setHeld(callId, false);

    const target = await rig.peer('12320');
    const ended = nextEvent(phone.registry, 'supervision-ended');
    await phone.transfers.blindTransfer(callId, '12320');
    await (await target.nextInvite()).accept();
    await ended;
    expect(voucher.ended).toHaveBeenCalledWith(GRANT.id, 'transferred');
  });
});
