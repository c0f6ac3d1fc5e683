import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BoardSeat, FollowUp } from '../../contract';
import { emptySnapshot, mockData, mockLiveStream } from '../../mocks';
import { mockServer } from '../../mocks/node';
import { FetchEventSource } from '../../test/event-source';
import { renderWithApp, signInAs } from '../../test/render';
import { FollowUpList } from './FollowUpList';
import { FollowUpPanel } from './FollowUpPanel';

const hour = 3600 * 1000;

function followUp(patch: Partial<FollowUp>): FollowUp {
  return {
    id: crypto.randomUUID(),
    contactId: crypto.randomUUID(),
    riskLevel: 'high',
    createdAt: new Date(Date.now() - 20 * hour).toISOString(),
    dueAt: new Date(Date.now() + 4 * hour).toISOString(),
    assignedToId: 's1',
    assignedToName: '张咨询员',
    callerNumberMasked: '138****8000',
    closedAt: null,
    closedByName: null,
    outcome: null,
    outcomeNote: '',
    ...patch,
  };
}

describe('the follow-up list', () => {
  it('shows the counsellor their own and the unassigned tasks, soonest due first, the overdue one marked', async () => {
    signInAs('counsellor1');
    mockData.followUps = [
      followUp({ callerNumberMasked: '139****9000', dueAt: '2099-03-02T06:30:00.000Z', assignedToId: null, assignedToName: null, riskLevel: 'imminent' }),
      followUp({ callerNumberMasked: '138****8000', dueAt: new Date(Date.now() - hour).toISOString() }),
      followUp({ callerNumberMasked: '137****7000', assignedToId: 's9', assignedToName: '李咨询员' }),
    ];
    renderWithApp(<FollowUpList callBack={(id) => <span>回拨 {id.slice(0, 4)}</span>} />);
    const list = await screen.findByRole('region', { name: '随访任务' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.slice(0, 11))).toEqual(['138****8000', '139****9000']);
    expect(items[0]).toHaveAttribute('data-overdue', 'true');
    expect(items[0]).toHaveTextContent(/已逾期：应于 .* 前随访/);
    expect(items[0]).toHaveTextContent('负责人：张咨询员');
    // Due in Beijing time: 06:30 UTC is 14:30 there.
    expect(items[1]).not.toHaveAttribute('data-overdue');
    expect(items[1]).toHaveTextContent('03/02 14:30 前随访');
    expect(items[1]).not.toHaveTextContent('已逾期');
    expect(items[1]).toHaveTextContent('未指派，本中心任何人均可跟进');
    expect(items[1]).toHaveTextContent('紧急');
    expect(within(items[0] as HTMLElement).getByText(/^回拨/)).toBeInTheDocument();
  });

  it('closes a task with its outcome, which an outcome must be chosen for', async () => {
    signInAs('counsellor1');
    mockData.followUps = [followUp({})];
    const { user } = renderWithApp(<FollowUpList />);
    await user.click(await screen.findByRole('button', { name: '记录随访结果' }));
    const form = screen.getByRole('form', { name: '随访结果' });
    await user.click(within(form).getByRole('button', { name: '结束随访' }));
    expect(within(form).getByRole('combobox', { name: '随访结果' })).toHaveAccessibleDescription('请选择随访结果');
    expect(mockData.followUps[0]?.closedAt).toBeNull();

    await user.selectOptions(within(form).getByRole('combobox', { name: '随访结果' }), '已联系上来电者');
    await user.type(within(form).getByRole('textbox', { name: '随访情况（选填）' }), '情绪平稳，约定下周再联系');
    await user.click(within(form).getByRole('button', { name: '结束随访' }));
    await waitFor(() => expect(screen.getByText('目前没有待随访的来电者。')).toBeInTheDocument());
    expect(mockData.followUps[0]).toMatchObject({ outcome: 'reached', outcomeNote: '情绪平稳，约定下周再联系', closedByName: '张咨询员' });
  });
});

/** A counsellor on the seat board, as the console's event stream names them. */
const seat = (staffId: string, name: string): BoardSeat => ({
  staffId,
  name,
  extension: '8001',
  trainee: false,
  seat: { status: 'available', since: new Date().toISOString(), wrapUpEndsAt: null, wrapUpExtended: false, breakKind: null },
  clockedIn: true,
  call: null,
  fatigue: [],
  protocolMissesToday: 0,
});

describe('the supervisor’s follow-up panel', () => {
  it('lists every task of the centre and gives one to another counsellor, or to anyone', async () => {
    const wang = '00000000-0000-4000-8000-000000000005';
    signInAs('supervisor1');
    vi.stubGlobal('EventSource', FetchEventSource);
    mockServer.use(mockLiveStream({ ...emptySnapshot(), seats: [seat('s1', '张咨询员'), seat(wang, '王咨询员')] }).handler);
    const [counsellor1] = mockData.staff;
    if (!counsellor1) throw new Error('the mock API has no staff');
    mockData.staff.push({ ...counsellor1, id: wang, username: 'counsellor5', displayName: '王咨询员', sipUsername: '8005' });
    mockData.followUps = [followUp({ callerNumberMasked: '138****8000' }), followUp({ callerNumberMasked: '137****7000', dueAt: new Date(Date.now() + 9 * hour).toISOString(), assignedToId: 's9', assignedToName: '李咨询员' })];
    const { user } = renderWithApp(<FollowUpPanel />);
    const panel = await screen.findByRole('region', { name: '随访任务' });
    await within(panel).findByText('137****7000');
    const first = within(panel).getAllByRole('listitem')[0] as HTMLElement;
    const assignee = within(first).getByRole('combobox', { name: '负责人' });
    await within(assignee).findByRole('option', { name: '王咨询员' });
    await user.selectOptions(assignee, '王咨询员');
    await waitFor(() => expect(mockData.followUps[0]).toMatchObject({ assignedToId: wang, assignedToName: '王咨询员' }));
    await user.selectOptions(assignee, '未指派（任何人）');
    await waitFor(() => expect(mockData.followUps[0]).toMatchObject({ assignedToId: null, assignedToName: null }));
    expect(await within(panel).findByText(/未指派，本中心任何人均可跟进/)).toBeInTheDocument();
  });
});
