import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyIntake, type CreateHandoffRequest, type TransferLog } from '../../contract';
import { renderWithApp, signInAs } from '../../test/render';
import { FakeTelephony } from '../../telephony';
import { useIntakeCommands } from '../../lib/intake-commands';
import { TransferRecordProvider, type TransferRecordLink } from './record-link';
import { TransferBar } from './TransferBar';

const recordHandoff = vi.fn();

/** The record as the app links it: the log and packets the transfer feature hands it. */
let transferLog: TransferLog = [];
const handoffs: CreateHandoffRequest[] = [];
const link: TransferRecordLink = {
  intake: null,
  currentIntake: () => useIntakeCommands.getState().current(),
  logTransfers: (change) => {
    transferLog = change(transferLog);
  },
  queueHandoff: (request) => void handoffs.push(request),
};

beforeEach(() => {
  signInAs('counsellor1');
  transferLog = [];
  handoffs.length = 0;
  useIntakeCommands.getState().register({
    applyStep: vi.fn(),
    recordHandoff,
    current: () => ({
      ...emptyIntake('0591'),
      imminent: { location: '天台', callbackNumber: '13800138000', means: '', timeTaken: '', callerState: '', othersPresent: 'unknown' },
    }),
  });
});

afterEach(() => {
  recordHandoff.mockReset();
});

async function withAnsweredCaller() {
  const telephony = new FakeTelephony();
  await telephony.connect({ wsUrl: 'ws://x', domain: 'd', registerExpiresSec: 60, wrapUpCallerCalls: true, credentials: { username: '8001', password: 'p', displayName: 'x' } });
  const view = renderWithApp(
    <TransferRecordProvider link={link}>
      <TransferBar />
    </TransferRecordProvider>,
    { telephony },
  );
  let callId = '';
  act(() => {
    callId = telephony.simulateIncoming('13800138000', '12356');
  });
  await act(() => telephony.answer(callId));
  return { ...view, callId };
}

/** The transfer list once the directory has arrived from the API. */
async function targetList() {
  const select = await screen.findByLabelText('转接对象');
  await within(select).findByRole('option', { name: /医疗急救/ });
  return select;
}

describe('TransferBar', () => {
  it('keeps 110 and 120 disabled until a caller is on the line', async () => {
    renderWithApp(<TransferBar />);
    expect(await screen.findByRole('button', { name: '医疗急救 120' })).toBeDisabled();
    expect(screen.getByText('接通来电后可以转接。')).toBeInTheDocument();
  });

  it('one click on 120 starts a conference with the hand-off packet and opens the rescue', async () => {
    const { user, telephony, callId } = await withAnsweredCaller();
    await user.click(await screen.findByRole('button', { name: '医疗急救 120' }));
    expect(telephony.commands).toContain(`consult:${callId}:120:keep`);
    expect(recordHandoff).toHaveBeenCalledWith('120');
    expect(transferLog).toEqual([
      expect.objectContaining({ kind: 'conference', targetNumber: '120', outcome: 'ringing', handoffId: expect.any(String) }),
    ]);
    expect(handoffs).toEqual([expect.objectContaining({ id: transferLog[0]?.handoffId, targetNumber: '120', location: '天台' })]);
    expect(screen.getByText('正在呼叫 医疗急救…（来电者仍在线）')).toBeInTheDocument();
  });

  it('on a mock call, 120 rings the trainer’s practice target, shown and logged as 120 in practice', async () => {
    const telephony = new FakeTelephony();
    await telephony.connect({ wsUrl: 'ws://x', domain: 'd', registerExpiresSec: 60, wrapUpCallerCalls: true, credentials: { username: '8005', password: 'p', displayName: 'x' } });
    telephony.setTrainingVoucher({ vouch: async () => ({ id: crypto.randomUUID(), trainerName: '林培训师', practiceTarget: 'tr8201', dialled: '059112356' }), ended: vi.fn() });
    const { user } = renderWithApp(
      <TransferRecordProvider link={link}>
        <TransferBar />
      </TransferRecordProvider>,
      { telephony },
    );
    const callId = await act(() => telephony.simulateTrainingCall({ id: crypto.randomUUID(), token: 'b'.repeat(40) }));
    await act(() => telephony.answer(callId));
    await user.click(await screen.findByRole('button', { name: '医疗急救 120' }));
    expect(telephony.commands).toContain(`consult:${callId}:tr8201:keep`);
    expect(telephony.commands.some((command) => command.includes(':120:'))).toBe(false);
    expect(transferLog).toEqual([expect.objectContaining({ kind: 'conference', targetNumber: '120' })]);
    expect(screen.getByText('正在呼叫 医疗急救（演练）…（来电者仍在线）')).toBeInTheDocument();
  });

  it('consults first with the caller on hold, then completes the transfer', async () => {
    const { user, telephony, callId } = await withAnsweredCaller();
    await user.selectOptions(await targetList(), 'hotline-12355');
    await user.click(screen.getByRole('button', { name: '先沟通再转接' }));
    expect(telephony.commands).toContain(`consult:${callId}:12355:hold`);
    const consultId = telephony.store.getState().calls.find((call) => call.linkedCallId === callId)?.id ?? '';
    act(() => telephony.simulateRemoteAnswer(consultId));
    const group = screen.getByRole('group', { name: '转接进行中' });
    expect(group).toHaveTextContent('正在与 青少年服务台 沟通，来电者处于保持状态');
    await user.click(within(group).getByRole('button', { name: '完成转接' }));
    expect(telephony.commands).toContain(`complete:${callId}`);
  });

  it('offers a supervisor nobody is on duty as unavailable', async () => {
    await withAnsweredCaller();
    expect(within(await targetList()).getByRole('option', { name: /督导.*暂无人值班/ })).toBeInTheDocument();
  });

  it('says plainly why a transfer failed, the caller still on the line', async () => {
    const { user, telephony, callId } = await withAnsweredCaller();
    await user.selectOptions(await targetList(), 'ambulance');
    await user.click(screen.getByRole('button', { name: '直接转接' }));
    act(() => telephony.simulateTransferFailure(callId, 'busy'));
    expect(screen.getByRole('alert')).toHaveTextContent('转接未成功（对方忙线），来电者仍在线。');
  });
});
