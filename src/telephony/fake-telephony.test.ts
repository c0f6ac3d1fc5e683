import { describe, expect, it, vi } from 'vitest';
import { parseDialledLine, type VouchedTraining } from '../contract';
import { FakeTelephony } from './fake-telephony';
import type { TrainingVoucher } from './types';

const GRANT = { id: '5e0c2b4a-9d8e-4f70-a1b2-c3d4e5f6a7b8', token: 'b'.repeat(40) };
const VOUCHED: VouchedTraining = { id: GRANT.id, trainerName: '林培训师', practiceTarget: 'tr8201', dialled: '059112356' };

async function traineeSeat(answer: VouchedTraining | null = VOUCHED) {
  const phone = new FakeTelephony();
  await phone.connect({ wsUrl: 'ws://x', domain: 'x', registerExpiresSec: 60, credentials: { username: '8005', password: 'p', displayName: '周学员' }, wrapUpCallerCalls: true });
  const voucher = { vouch: vi.fn<TrainingVoucher['vouch']>(async () => answer), ended: vi.fn<TrainingVoucher['ended']>() };
  phone.setTrainingVoucher(voucher);
  return { phone, voucher };
}

describe('FakeTelephony, a mock call as the real phone has it', () => {
  it('rings vouched for, as a caller on the scenario’s line marked training', async () => {
    const { phone, voucher } = await traineeSeat();
    const id = await phone.simulateTrainingCall(GRANT);
    expect(voucher.vouch).toHaveBeenCalledWith(GRANT, `${id}@fake`);
    expect(phone.store.getState().calls).toMatchObject([
      { id, leg: 'caller', phase: 'ringing', line: parseDialledLine('059112356'), training: { id: GRANT.id, trainerName: '林培训师', practiceTarget: 'tr8201' } },
    ]);
  });

  it('is refused when the API does not vouch, and busy on a seat with a caller', async () => {
    const refused = await traineeSeat(null);
    expect(await refused.phone.simulateTrainingCall(GRANT)).toBe('');
    const busy = await traineeSeat();
    busy.phone.simulateIncoming('13800000000');
    expect(await busy.phone.simulateTrainingCall(GRANT)).toBe('');
    expect(busy.voucher.vouch).not.toHaveBeenCalled();
  });

  it('tells the API when it ends (hung up or declined)', async () => {
    const { phone, voucher } = await traineeSeat();
    const answered = await phone.simulateTrainingCall(GRANT);
    await phone.answer(answered);
    await phone.hangUp(answered);
    // The trainee writes the mock call up like a real one; until then no other call rings.
    expect(await phone.simulateTrainingCall(GRANT)).toBe('');
    phone.finishWrapUp(answered);
    await phone.decline(await phone.simulateTrainingCall(GRANT));
    expect(voucher.ended.mock.calls).toEqual([[GRANT.id], [GRANT.id]]);
  });

  it('dials the practice target for every transfer, keeping the number asked for on the consultation', async () => {
    const { phone } = await traineeSeat();
    const id = await phone.simulateTrainingCall(GRANT);
    await phone.answer(id);
    const consultId = await phone.consult(id, '120', { holdCaller: false, conferenceOnAnswer: true });
    expect(phone.store.getState().calls.find((call) => call.id === consultId)).toMatchObject({ remoteNumber: '120', training: { practiceTarget: 'tr8201' } });
    phone.simulateRemoteHangUp(consultId);
    await phone.blindTransfer(id, '12320');
    expect(phone.commands.filter((command) => /^(consult|blind):/.test(command))).toEqual([`consult:${id}:tr8201:keep`, `blind:${id}:tr8201`]);
  });
});
