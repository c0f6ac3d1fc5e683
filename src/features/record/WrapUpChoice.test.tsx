import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { emptyIntake, emptyLifeline, type Intake } from '../../contract';
import type { ProtocolFacts } from '../../contract/protocol-check';
import { mockData, seedMockContact } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { fromContactRecord, useRecordStore } from './record-store';
import type { CompletionOutcome } from './use-complete-record';
import { WrapUpChoice } from './WrapUpChoice';

/** Screened, helped and closed: what every counselling record needs. */
const screened = (): Intake => ({
  ...emptyIntake('0591'),
  problems: [{ category: 'mood', detail: 'low-mood' }],
  screener: { ...emptyIntake('0591').screener, wishedDead: 'yes', suicidalThoughts: 'no', behaviour: 'no' },
  services: ['emotional-support'],
  outcome: 'supported',
});

/** An attempt in progress, location known, but no call-back number and no safety action (issue #11). */
const bareImminent = (): Intake => {
  const intake = screened();
  return {
    ...intake,
    screener: { ...intake.screener, suicidalThoughts: 'yes', intent: 'yes' },
    lifeline: { ...emptyLifeline, intent: { ...emptyLifeline.intent, attemptInProgress: true } },
    imminent: { ...intake.imminent, location: '福州市鼓楼区某小区 3 栋 502' },
  };
};

/** The same call made safe: call-back number, 120 reached. */
const finishedImminent = (): Intake => {
  const intake = bareImminent();
  return {
    ...intake,
    imminent: { ...intake.imminent, callbackNumber: '13800138000' },
    safety: {
      ...intake.safety,
      emergencyHandoff: { service: '120', at: new Date().toISOString(), outcome: 'reached', resolvedAt: new Date().toISOString(), note: '' },
    },
  };
};

function renderWrapUp(intake: Intake, outcome: CompletionOutcome = { completed: true, callId: null }) {
  signInAs('counsellor1');
  const id = seedMockContact({ intake });
  const contact = mockData.contacts.get(id);
  if (!contact) throw new Error('seeded record missing');
  useRecordStore.getState().openRecord(fromContactRecord(contact));
  const complete = vi.fn(async () => outcome);
  const finish = vi.fn();
  const view = renderWithApp(<WrapUpChoice sipCallId={contact.callId} complete={complete} finish={finish} />);
  return { ...view, id, complete, finish };
}

describe('WrapUpChoice', () => {
  it('holds an imminent-risk record: says why no call comes, lists what is missing, and cannot be completed yet', () => {
    renderWrapUp(bareImminent());
    expect(screen.getByRole('status')).toHaveTextContent('自杀风险为“紧急”：这份记录完成或交给督导之前，不会再给您接入来电。');
    const missing = screen.getByText('完成记录还缺：').parentElement as HTMLElement;
    expect(within(missing).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '紧急危险：必须填写回拨号码',
      '高风险来电：请记录安全措施，或写明未能采取的原因',
      '高风险来电需要安排随访',
      '请填写随访日期',
      '请填写随访负责人',
    ]);
    const complete = screen.getByRole('button', { name: '完成记录并结束整理' });
    expect(complete).toBeDisabled();
    expect(complete).toHaveAccessibleDescription(/必须填写回拨号码/);
    // One choice: complete, or hand over; no way out that leaves the record as it is.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['完成记录并结束整理', '交给督导…']);
  });

  it('shows the protocol reminders of the record as the API now knows it: whether a supervisor was informed is read again', async () => {
    signInAs('counsellor1');
    // A supervisor acknowledged the call's alert while it was live: the API knows, the open record not yet.
    const id = seedMockContact({ intake: bareImminent(), supervisorInformed: true });
    const stored = mockData.contacts.get(id);
    if (!stored) throw new Error('seeded record missing');
    useRecordStore.getState().openRecord({ ...fromContactRecord(stored), supervisorInformed: false });
    const reminders = vi.fn(({ supervisorInformed }: ProtocolFacts) => <p>{supervisorInformed ? '督导已知情' : '督导尚不知情'}</p>);
    renderWithApp(<WrapUpChoice sipCallId={stored.callId} complete={vi.fn()} finish={vi.fn()} protocolReminders={reminders} />);
    expect(await screen.findByText('督导已知情')).toBeInTheDocument();
    expect(reminders).toHaveBeenCalledWith(expect.objectContaining({ intake: bareImminent(), supervisorInformed: true }));
  });

  it('completes an imminent-risk record once it passes its checks', async () => {
    const { user, complete, finish } = renderWrapUp(finishedImminent());
    expect(screen.queryByText('完成记录还缺：')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '完成记录并结束整理' }));
    expect(complete).toHaveBeenCalledTimes(1);
    expect(finish).not.toHaveBeenCalled();
  });

  it('hands the record to a supervisor only with a reason, then ends wrap-up', async () => {
    const { user, id, finish } = renderWrapUp(bareImminent());
    await user.click(screen.getByRole('button', { name: '交给督导…' }));
    const form = screen.getByRole('form', { name: '交给督导跟进' });
    // The list of what is missing gives way to the reason, so the form stays in view.
    expect(screen.queryByText('完成记录还缺：')).not.toBeInTheDocument();
    const reason = within(form).getByRole('textbox', { name: '交给督导的原因' });
    expect(reason).toHaveFocus();

    await user.type(reason, '   ');
    await user.click(within(form).getByRole('button', { name: '确认交给督导' }));
    expect(reason).toHaveAccessibleDescription('请写明交给督导的原因');
    expect(mockData.recordHandovers.size).toBe(0);
    expect(finish).not.toHaveBeenCalled();

    await user.clear(reason);
    await user.type(reason, '来电者已挂断，未能确认回拨号码');
    await user.click(within(form).getByRole('button', { name: '确认交给督导' }));
    await waitFor(() => expect(finish).toHaveBeenCalledTimes(1));
    expect(mockData.recordHandovers.get(id)).toMatchObject({ reason: '来电者已挂断，未能确认回拨号码', riskLevel: 'imminent' });
    expect(useRecordStore.getState().open).toBeNull();
  });

  it('can go back from the hand-over without handing over', async () => {
    const { user } = renderWrapUp(bareImminent());
    await user.click(screen.getByRole('button', { name: '交给督导…' }));
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '交给督导…' })).toBeEnabled();
  });

  it('offers one finish for a low-risk record, and lists what the API says is missing', async () => {
    const { user, complete } = renderWrapUp(emptyIntake('0591'), {
      completed: false,
      issues: [{ path: ['outcome'], message: 'intake.outcomeRequired' }],
    });
    expect(screen.getByRole('status')).toHaveTextContent('完成记录后，才会接入下一通来电。');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['完成记录并结束整理']);
    await user.click(screen.getByRole('button', { name: '完成记录并结束整理' }));
    expect(complete).toHaveBeenCalledTimes(1);
    const missing = (await screen.findByText('完成记录还缺：')).parentElement as HTMLElement;
    expect(within(missing).getByRole('listitem')).toHaveTextContent('请选择结果');
  });

  it('just ends wrap-up when the call’s record is already completed', async () => {
    const { user, finish } = renderWrapUp(screened());
    useRecordStore.getState().closeRecord();
    await user.click(await screen.findByRole('button', { name: '结束整理' }));
    expect(finish).toHaveBeenCalledTimes(1);
  });
});
