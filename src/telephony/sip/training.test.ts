import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatSupervisionHeader, parseDialledLine, TRAINING_HEADER, type VouchedTraining } from '../../contract';
import type { TrainingVoucher } from '../types';
import { nextEvent, SipRig, type Peer, type TestPhone } from './testing/sip-rig';

const GRANT = { id: '5e0c2b4a-9d8e-4f70-a1b2-c3d4e5f6a7b8', token: 'b'.repeat(40) };
const TRAINING = `${TRAINING_HEADER}: ${formatSupervisionHeader(GRANT.id, GRANT.token)}`;
const VOUCHED: VouchedTraining = { id: GRANT.id, trainerName: '林培训师', practiceTarget: 'tr8201', dialled: '059112356' };

/** The API as the trainee's phone sees it: one answer per test, every question written down. */
function apiVoucher(answer: () => Promise<VouchedTraining | null>) {
  return { vouch: vi.fn<TrainingVoucher['vouch']>(answer), ended: vi.fn<TrainingVoucher['ended']>() };
}

let rig: SipRig;
let phone: TestPhone;
let trainer: Peer;

beforeEach(async () => {
  rig = new SipRig();
  phone = await rig.phone('8005', { wrapsUp: true });
  trainer = await rig.peer('tr8201');
});

afterEach(() => rig.close());

describe('a trainer’s mock call to the trainee’s seat', () => {
  it('rings, once the API vouched for it with the call’s SIP Call-ID, as a caller on the scenario’s line marked training', async () => {
    const voucher = apiVoucher(async () => VOUCHED);
    phone.context.trainingVoucher = voucher;
    const offered = nextEvent(phone.registry, 'call-offered');
    trainer.call('8005', [TRAINING]);
    const { call } = await offered;
    expect(voucher.vouch).toHaveBeenCalledWith(GRANT, call.sipCallId);
    expect(call).toMatchObject({
      leg: 'caller',
      phase: 'ringing',
      remoteNumber: '',
      line: parseDialledLine('059112356'),
      training: { id: GRANT.id, trainerName: '林培训师', practiceTarget: 'tr8201' },
    });
  });

  it.each([
    ['no voucher is set', null, TRAINING],
    ['the API refuses it', apiVoucher(async () => null), TRAINING],
    ['the API cannot be reached', apiVoucher(() => Promise.reject(new Error('offline'))), TRAINING],
    ['the header is malformed', apiVoucher(async () => VOUCHED), `${TRAINING_HEADER}: ${GRANT.id};token=short`],
  ])('is refused with 403, never ringing, when %s', async (_why, voucher, header) => {
    phone.context.trainingVoucher = voucher;
    const offered = vi.fn();
    phone.registry.events.on('call-offered', offered);
    expect(await trainer.call('8005', [header]).final).toBe(403);
    expect(offered).not.toHaveBeenCalled();
    expect(phone.registry.calls()).toEqual([]);
  });

  it('is busy (486) on a seat with a caller, without spending the grant', async () => {
    const voucher = apiVoucher(async () => VOUCHED);
    phone.context.trainingVoucher = voucher;
    const caller = await rig.peer('13800000000');
    await phone.callFrom(caller, ['X-Hotline-Dialled: 12356']);
    expect(await trainer.call('8005', [TRAINING]).final).toBe(486);
    expect(voucher.vouch).not.toHaveBeenCalled();
  });

  it('does not hold up a real caller: one arriving while the API is asked rings at once, and the mock call is then busy', async () => {
    let answer: (vouched: VouchedTraining) => void = () => undefined;
    const voucher = apiVoucher(() => new Promise((resolve) => (answer = resolve)));
    phone.context.trainingVoucher = voucher;
    const mock = trainer.call('8005', [TRAINING]);
    await vi.waitFor(() => expect(voucher.vouch).toHaveBeenCalledOnce());
    const caller = await rig.peer('13800000000');
    const { callId } = await phone.ringFrom(caller, ['X-Hotline-Dialled: 12356']);
    expect(phone.registry.find(callId)).toMatchObject({ leg: 'caller', training: null, phase: 'ringing' });
    answer(VOUCHED);
    expect(await mock.final).toBe(486);
    // Vouched a moment too late: the API hears the mock call is over.
    expect(voucher.ended).toHaveBeenCalledWith(GRANT.id);
  });

  it('tells the API when it ends, and goes to wrap-up like a real call', async () => {
    const voucher = apiVoucher(async () => VOUCHED);
    phone.context.trainingVoucher = voucher;
    const { placed, callId } = await phone.callFrom(trainer, [TRAINING]);
    const ended = nextEvent(phone.registry, 'call-ended');
    await placed.inviter.bye();
    await ended;
    expect(voucher.ended).toHaveBeenCalledExactlyOnceWith(GRANT.id);
    expect(phone.registry.find(callId)?.phase).toBe('wrap-up');
  });
});

describe('practice targets on a mock call', () => {
  async function mockCallTalking() {
    phone.context.trainingVoucher = apiVoucher(async () => VOUCHED);
    return phone.callFrom(trainer, [TRAINING]);
  }

  it.each(['120', '110', '12320', '8002'])('consults the practice target for %s, with the number asked for in X-Practice-For and on the leg', async (asked) => {
    const { callId } = await mockCallTalking();
    const invite = rig.pbx.nextMessage((message) => message.startsWith('INVITE sip:tr8201@'));
    const consultId = await phone.transfers.consult(callId, asked, { holdCaller: false, conferenceOnAnswer: true });
    expect(await invite).toMatch(new RegExp(`^X-Practice-For: ${asked}\\r?$`, 'm'));
    expect(phone.registry.find(consultId)).toMatchObject({ leg: 'consultation', remoteNumber: asked, training: { practiceTarget: 'tr8201' } });
    expect((await trainer.nextInvite()).request.getHeader('X-Practice-For')).toBe(asked);
  });

  it('blind-transfers to the practice target, never the number asked for', async () => {
    const { callId } = await mockCallTalking();
    const refer = rig.pbx.nextMessage((message) => message.startsWith('REFER '));
    await phone.transfers.blindTransfer(callId, '12320');
    expect(await refer).toMatch(/^Refer-To: <?sip:tr8201@hotline\.test/im);
  });

  it('transfers nowhere from a mock call without a practice target', async () => {
    phone.context.trainingVoucher = apiVoucher(async () => ({ ...VOUCHED, practiceTarget: '' }));
    const { callId } = await phone.callFrom(trainer, [TRAINING]);
    await phone.transfers.blindTransfer(callId, '120');
    await expect(phone.transfers.consult(callId, '120', { holdCaller: true, conferenceOnAnswer: false })).rejects.toThrow();
    expect(phone.registry.find(callId)).toMatchObject({ phase: 'active', transferFailure: 'failed', linkedCallId: null });
  });
});

describe('a practice call reaching the trainer’s console', () => {
  it('carries the number the trainee asked for', async () => {
    const console = await rig.phone('tr8201');
    const trainee = await rig.peer('8005');
    const { callId } = await console.ringFrom(trainee, ['X-Practice-For: 120']);
    expect(console.registry.find(callId)).toMatchObject({ leg: 'direct', remoteNumber: '8005', practiceFor: '120' });
  });
});

describe('the trainer’s mock caller, blind-transferred by the trainee', () => {
  it('reaches the practice target (this very console) without a call: the trainee leaves, the console keeps the number asked for', async () => {
    phone.context.trainingVoucher = apiVoucher(async () => VOUCHED);
    const console = await rig.phone('tr8201');
    const mockLegId = console.calls.place('8005', { leg: 'mock-caller', extraHeaders: [TRAINING] });
    const { call: offered } = await nextEvent(phone.registry, 'call-offered');
    const answered = nextEvent(console.registry, 'call-answered');
    await phone.calls.answer(offered.id);
    await answered;

    const traineeEnded = nextEvent(phone.registry, 'call-ended');
    const consoleEnded = nextEvent(console.registry, 'call-ended');
    await phone.transfers.blindTransfer(offered.id, '12320');
    expect(await traineeEnded).toMatchObject({ reason: 'transferred', call: { id: offered.id } });
    expect(await consoleEnded).toMatchObject({ reason: 'transferred', call: { id: mockLegId, practiceFor: '12320' } });
    // Nobody was called: no phone can call itself (482), and the trainer plays the target anyway.
    expect(rig.pbx.messages.filter((message) => message.startsWith('INVITE sip:tr8201@'))).toEqual([]);
  });

  it('after a practice consultation, completes an attended transfer the same way, the practice call ending with it', async () => {
    phone.context.trainingVoucher = apiVoucher(async () => VOUCHED);
    const console = await rig.phone('tr8201');
    const mockLegId = console.calls.place('8005', { leg: 'mock-caller', extraHeaders: [TRAINING] });
    const { call: offered } = await nextEvent(phone.registry, 'call-offered');
    const answered = nextEvent(console.registry, 'call-answered');
    await phone.calls.answer(offered.id);
    await answered;
    const practiceOffered = nextEvent(console.registry, 'call-offered');
    await phone.transfers.consult(offered.id, '120', { holdCaller: true, conferenceOnAnswer: false });
    const practice = (await practiceOffered).call;
    const consultAnswered = nextEvent(phone.registry, 'call-answered');
    await console.calls.answer(practice.id);
    await consultAnswered;

    // One Call-ID end to end: each side's legs are told apart by the side.
    const ended: string[] = [];
    const allEnded = new Promise<void>((resolve) => {
      for (const [side, registry] of [['trainee', phone.registry], ['console', console.registry]] as const) {
        registry.events.on('call-ended', ({ call, reason }) => {
          ended.push(`${side} ${call.leg} ${reason}${call.practiceFor ? ` ${call.practiceFor}` : ''}`);
          if (ended.length === 4) resolve();
        });
      }
    });
    await phone.transfers.completeTransfer(offered.id);
    await allEnded;
    expect(ended.sort()).toEqual(['console direct local-hangup 120', 'console mock-caller transferred 120', 'trainee caller transferred', 'trainee consultation transferred']);
    expect(console.registry.find(mockLegId)?.phase).toBe('ended');
  });
});
