import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { emptyIntake, emptyLifeline, type Intake } from '../../contract';
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

  it('warns of the protocol steps the record misses, without repeating what completion lists, as the API now knows the call', async () => {
    const { id } = renderWrapUp(bareImminent());
    const reminders = screen.getByRole('region', { name: '工作规范提醒' });
    const listed = () => within(reminders).getAllByRole('listitem').map((item) => item.textContent);
    expect(listed()).toEqual([
      '来电者有自杀想法，但未追问方法、意图和计划（筛查第 3–5 题）',
      '紧急危险来电，督导尚不知情（提醒未被确认，也没有求助、监听或会商）',
      '符合转介条件，但未记录转介机构或转介结果',
    ]);
    // Location and call-back number, and the follow-up, are the completion list's: not here too.
    expect(reminders).not.toHaveTextContent('回拨号码');
    expect(reminders).not.toHaveTextContent('随访');

    // A supervisor acknowledged the call's alert meanwhile: the record read again as wrap-up starts says so.
    const stored = mockData.contacts.get(id);
    if (stored) stored.supervisorInformed = true;
    useRecordStore.getState().closeRecord();
    if (stored) useRecordStore.getState().openRecord({ ...fromContactRecord(stored), supervisorInformed: false });
    await waitFor(() =>
      expect(listed()).toEqual(['来电者有自杀想法，但未追问方法、意图和计划（筛查第 3–5 题）', '符合转介条件，但未记录转介机构或转介结果']),
    );
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
