import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { emptyIntake, type ContactStatus } from '../../contract';
import { mockData, seedMockContact } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { OpenRescues } from './OpenRescues';

/** A record of counsellor1 (Fuzhou) whose hand-off to 120 at 02:10 Beijing time is still pending. */
function rescueOnRecord(status: ContactStatus): string {
  const intake = emptyIntake('0591');
  intake.safety.emergencyHandoff = { service: '120', at: '2026-11-22T02:10:00+08:00', outcome: 'pending', resolvedAt: null, note: '' };
  return seedMockContact({ status, intake, riskLevel: 'imminent', completedAt: status === 'completed' ? new Date().toISOString() : null });
}

const rescueList = () => screen.findByRole('region', { name: '待确认的救援' });

describe('OpenRescues', () => {
  it('closes a completed record’s rescue with the outcome learnt later, and drops it from the list', async () => {
    signInAs('counsellor1');
    const id = rescueOnRecord('completed');
    const { user } = renderWithApp(<OpenRescues record={null} onOpen={vi.fn()} />);
    const list = await rescueList();
    expect(within(list).getByText('02:10 交 120 急救 · 138****8000')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: '记录结果' }));
    await user.click(within(list).getByRole('button', { name: '保存结果' }));
    expect(within(list).getByText('请选择处置结果')).toBeInTheDocument();
    expect(mockData.contacts.get(id)?.intake.safety.emergencyHandoff?.outcome).toBe('pending');

    await user.selectOptions(within(list).getByLabelText('处置结果'), 'reached');
    await user.type(within(list).getByLabelText('处置情况说明'), '120 回电：已送医');
    await user.click(within(list).getByRole('button', { name: '保存结果' }));
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: '待确认的救援' })).not.toBeInTheDocument());
    expect(mockData.contacts.get(id)?.intake.safety.emergencyHandoff).toMatchObject({ outcome: 'reached', note: '120 回电：已送医' });
  });

  it('refuses control characters in the note with a translated message, keeping the choice', async () => {
    signInAs('counsellor1');
    rescueOnRecord('completed');
    const { user } = renderWithApp(<OpenRescues record={null} onOpen={vi.fn()} />);
    const list = await rescueList();
    await user.click(within(list).getByRole('button', { name: '记录结果' }));
    await user.selectOptions(within(list).getByLabelText('处置结果'), 'not-reached');
    await user.type(within(list).getByLabelText('处置情况说明'), '现场\u0007未找到');
    await user.click(within(list).getByRole('button', { name: '保存结果' }));
    expect(await within(list).findByText('包含无法保存的控制字符，请删除后再试')).toBeInTheDocument();
    expect(within(list).getByLabelText('处置结果')).toHaveValue('not-reached');
  });

  it('opens a draft record for its own counsellor instead', async () => {
    signInAs('counsellor1');
    const id = rescueOnRecord('draft');
    const onOpen = vi.fn();
    const { user } = renderWithApp(<OpenRescues record={null} onOpen={onOpen} />);
    await user.click(within(await rescueList()).getByRole('button', { name: '记录结果' }));
    expect(onOpen).toHaveBeenCalledWith(id);
    expect(screen.queryByLabelText('处置结果')).not.toBeInTheDocument();
  });

  it('shows a supervisor the centre’s rescues with whose they are; a draft stays with its counsellor', async () => {
    signInAs('supervisor1');
    rescueOnRecord('draft');
    const completed = rescueOnRecord('completed');
    const { user } = renderWithApp(<OpenRescues record={null} onOpen={vi.fn()} />);
    const list = await rescueList();
    expect(await within(list).findAllByText('咨询员：张咨询员')).toHaveLength(2);
    expect(within(list).getByText('记录尚未完成，由该咨询员在记录中确认')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: '记录结果' }));
    await user.selectOptions(within(list).getByLabelText('处置结果'), 'cancelled');
    await user.click(within(list).getByRole('button', { name: '保存结果' }));
    await vi.waitFor(() => expect(mockData.contacts.get(completed)?.intake.safety.emergencyHandoff?.outcome).toBe('cancelled'));
  });
});
