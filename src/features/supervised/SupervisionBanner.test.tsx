import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Supervision, SupervisionMode } from '../../contract';
import { renderWithApp, signInAs } from '../../test/render';
import { FakeTelephony, type SupervisionVoucher } from '../../telephony';
import { IncomingCallBand } from '../softphone';
import { SupervisionBanner } from './SupervisionBanner';

const GRANT = { id: '3f1c2b4a-9d8e-4f70-a1b2-c3d4e5f6a7b8', token: 'a'.repeat(40) };

function supervision(mode: SupervisionMode): Supervision {
  return { id: GRANT.id, callId: 'x', state: 'live', mode, supervisorId: 's1', supervisorName: '陈督导', counsellorId: 'c1', startedAt: null, endedAt: null, endReason: null };
}

async function supervisedCall() {
  signInAs('counsellor1');
  const telephony = new FakeTelephony();
  let mode: SupervisionMode = 'listen';
  const voucher = {
    vouch: vi.fn<SupervisionVoucher['vouch']>(async () => supervision(mode)),
    current: vi.fn<SupervisionVoucher['current']>(async () => supervision(mode)),
    ended: vi.fn<SupervisionVoucher['ended']>(),
  };
  telephony.setSupervisionVoucher(voucher);
  const view = renderWithApp(
    <>
      <SupervisionBanner />
      <IncomingCallBand />
    </>,
    { telephony },
  );
  await act(() => telephony.connect({ wsUrl: 'wss://pbx', domain: 'd', registerExpiresSec: 300, credentials: { username: '8001', password: 'p', displayName: 'c1' } }));
  const callerId = telephony.simulateIncoming('13800138000', '059112356');
  await act(() => telephony.answer(callerId));
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  return { ...view, callerId, voucher, setApiMode: (next: SupervisionMode) => (mode = next) };
}

/** The banner as the counsellor sees it: its words, and the tone a screen reader announces it with. */
const banner = () => screen.queryByText(/正在监听本通话|正在指导本通话|已介入本通话/)?.closest('[role]') ?? null;

describe('the supervision banner', () => {
  it('says who supervises in which mode, follows each mode the API vouches for, and goes with the call', async () => {
    const { telephony, callerId, voucher, setApiMode } = await supervisedCall();
    expect(banner()).toBeNull();

    const legId = await act(() => telephony.simulateSupervisionCall(GRANT));
    expect(await screen.findByText('陈督导 正在监听本通话')).toBeInTheDocument();
    expect(banner()).toHaveTextContent('督导只听不说，来电者和您都听不到督导');
    expect(banner()).toHaveAttribute('role', 'status');
    // Taken without ringing: nothing is offered to the counsellor.
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    setApiMode('whisper');
    await act(() => telephony.simulateSupervisionModeInfo(legId));
    expect(screen.getByText('陈督导 正在指导本通话')).toBeInTheDocument();
    expect(banner()).toHaveTextContent('只有您能听到督导，来电者听不到');
    setApiMode('barge');
    await act(() => telephony.simulateSupervisionModeInfo(legId));
    expect(screen.getByText('陈督导 已介入本通话')).toBeInTheDocument();
    // The caller hears the supervisor now: announced at once.
    expect(banner()).toHaveAttribute('role', 'alert');
    expect(banner()).toHaveTextContent('来电者和您都能听到督导');

    act(() => telephony.simulateRemoteHangUp(callerId));
    expect(banner()).toBeNull();
    expect(voucher.ended).toHaveBeenCalledWith(GRANT.id, 'call-ended');
  });

  it('shows nothing for a supervisor the API does not vouch for', async () => {
    const { telephony, voucher } = await supervisedCall();
    voucher.vouch.mockResolvedValueOnce(null);
    expect(await act(() => telephony.simulateSupervisionCall(GRANT))).toBe('');
    expect(banner()).toBeNull();
  });
});
