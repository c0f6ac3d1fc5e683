import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../contract';
import { mockData } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { FollowUpList } from './FollowUpList';

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
