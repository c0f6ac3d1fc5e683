import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { VouchedTraining } from '../../contract';
import { setLanguage } from '../../i18n';
import { renderWithApp, signInAs } from '../../test/render';
import { FakeTelephony, type TrainingVoucher } from '../../telephony';
import { IncomingCallBand } from '../softphone';
import { MockCallBanner } from './MockCallBanner';

const GRANT = { id: '5e0c2b4a-9d8e-4f70-a1b2-c3d4e5f6a7b8', token: 'b'.repeat(40) };
const VOUCHED: VouchedTraining = { id: GRANT.id, trainerName: '林培训师', practiceTarget: 'tr8201', dialled: '059112356' };

async function traineeWorkstation() {
  signInAs('counsellor1');
  const telephony = new FakeTelephony();
  const voucher = { vouch: vi.fn<TrainingVoucher['vouch']>(async () => VOUCHED), ended: vi.fn<TrainingVoucher['ended']>() };
  telephony.setTrainingVoucher(voucher);
  renderWithApp(
    <>
      <MockCallBanner />
      <IncomingCallBand />
    </>,
    { telephony },
  );
  await act(() => telephony.connect({ wsUrl: 'wss://pbx', domain: 'd', registerExpiresSec: 300, credentials: { username: '8005', password: 'p', displayName: '周学员' }, wrapUpCallerCalls: true }));
  return { telephony, voucher };
}

const banner = () => screen.queryByText(/培训演练通话|Training call/)?.closest('[role]') ?? null;

describe('the mock call banner', () => {
  it('says it is a training call with the trainer’s name from ringing to the end of wrap-up', async () => {
    const { telephony } = await traineeWorkstation();
    const id = await act(() => telephony.simulateTrainingCall(GRANT));

    const alert = await screen.findByRole('alertdialog');
    expect(within(alert).getByRole('heading')).toHaveTextContent('模拟来电（培训演练）');
    // The trainer's SIP identity is no phone number: none is shown.
    expect(alert).not.toHaveTextContent(/tr8|8201/);
    expect(banner()).toHaveTextContent('培训演练通话 · 培训师：林培训师 · 这不是真实来电，转接与报警只会接到培训师');

    await act(() => telephony.answer(id));
    expect(banner()).not.toBeNull();
    await act(() => telephony.hangUp(id));
    // Wrap-up: the trainee practises completing the record, still told it is training.
    expect(banner()).toHaveTextContent('培训师：林培训师');
    act(() => telephony.finishWrapUp(id));
    expect(banner()).toBeNull();
  });

  it('is in English for an English workstation', async () => {
    await setLanguage('en');
    const { telephony } = await traineeWorkstation();
    await act(() => telephony.simulateTrainingCall(GRANT));
    expect(within(await screen.findByRole('alertdialog')).getByRole('heading')).toHaveTextContent('Mock call (training)');
    expect(banner()).toHaveTextContent('Training call · Trainer: 林培训师 · Not a real caller: transfers and emergency calls reach only your trainer');
  });

  it('shows nothing for a real caller, or a mock call the API does not vouch for', async () => {
    const { telephony, voucher } = await traineeWorkstation();
    voucher.vouch.mockResolvedValueOnce(null);
    expect(await act(() => telephony.simulateTrainingCall(GRANT))).toBe('');
    act(() => void telephony.simulateIncoming('13800138000', '059112356'));
    expect(within(await screen.findByRole('alertdialog')).getByRole('heading')).toHaveTextContent(/^来电$/);
    expect(banner()).toBeNull();
  });
});
