import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { emptyIntake, type Intake } from '../../contract';
import { setLanguage } from '../../i18n';
import { renderWithApp, signInAs } from '../../test/render';
import { IntakeForm } from './IntakeForm';
import { useIntakeCommands } from '../../lib/intake-commands';

function renderForm(initial: Intake = emptyIntake('0591'), onComplete = vi.fn(async () => ({ completed: true as const }))) {
  signInAs('counsellor1');
  const onChange = vi.fn();
  const view = renderWithApp(
    <IntakeForm initial={initial} editable callerNumber="13800138000" notesSummary="[00:10] 想死" onChange={onChange} onComplete={onComplete} />,
  );
  return { ...view, onChange, onComplete };
}

const lastSaved = (onChange: ReturnType<typeof vi.fn>): Intake => onChange.mock.calls.at(-1)?.[0] as Intake;

describe('IntakeForm', () => {
  it('shows the computed risk live, with the rule that set it', async () => {
    const { user } = renderForm();
    expect(screen.getAllByRole('status').find((node) => node.dataset.riskLevel)).toHaveTextContent('自杀风险：无');
    const q2 = screen.getByRole('group', { name: '是否真的有过自杀的想法？' });
    await user.click(within(q2).getByRole('radio', { name: '是' }));
    const q4 = await screen.findByRole('group', { name: '是否有过按这些想法去做的打算？' });
    await user.click(within(q4).getByRole('radio', { name: '是' }));
    const banner = screen.getAllByRole('status').find((node) => node.dataset.riskLevel);
    expect(banner).toHaveAttribute('data-risk-level', 'high');
    expect(banner).toHaveTextContent('量表计算：高（第 4 题：有实施打算）');
    // One banner, in the sticky header: not a second copy stacked in the risk section.
    expect(screen.getAllByRole('status').filter((node) => node.dataset.riskLevel)).toHaveLength(1);
  });

  it('asks questions 3–5 only after a yes to question 2', async () => {
    const { user } = renderForm();
    expect(screen.queryByRole('group', { name: '是否想过用什么方式自杀？' })).not.toBeInTheDocument();
    const q2 = screen.getByRole('group', { name: '是否真的有过自杀的想法？' });
    await user.click(within(q2).getByRole('radio', { name: '是' }));
    expect(screen.getByRole('group', { name: '是否想过用什么方式自杀？' })).toBeInTheDocument();
  });

  it('imminent risk makes location and call-back number required and opens the hand-off panel', async () => {
    const { user, onComplete } = renderForm();
    expect(screen.queryByLabelText(/来电者现在的位置/)).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('正在实施（如已服药）'));
    const location = await screen.findByLabelText(/来电者现在的位置/);
    expect(location).toBeRequired();
    expect(screen.getByLabelText('回拨号码')).toBeRequired();
    expect(screen.getByRole('button', { name: '记录：已交 110 警方处置' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '记录：已交 120 急救处置' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '完成记录并结束整理' }));
    expect(await screen.findAllByText('紧急危险：必须填写来电者的位置')).not.toHaveLength(0);
    expect(screen.getAllByText('紧急危险：必须填写回拨号码')).not.toHaveLength(0);
    expect(onComplete).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '使用来电号码' }));
    expect(screen.getByLabelText('回拨号码')).toHaveValue('13800138000');
  });

  it('records a 120 hand-off with its time and outcome', async () => {
    const { user, onChange } = renderForm();
    await user.click(screen.getByLabelText('正在实施（如已服药）'));
    await user.click(await screen.findByRole('button', { name: '记录：已交 120 急救处置' }));
    expect(screen.getByText(/交 120 急救处置/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('处置结果'), 'reached');
    await waitFor(() => expect(lastSaved(onChange).safety.emergencyHandoff).toMatchObject({ service: '120', outcome: 'reached' }));
  });

  it('will not take a risk override without a reason', async () => {
    const { user } = renderForm();
    await user.click(screen.getByText('调整风险等级（须说明理由）'));
    await user.selectOptions(screen.getByLabelText('调整为'), 'high');
    await user.click(screen.getByRole('button', { name: '完成记录并结束整理' }));
    expect(await screen.findByText('调整风险等级必须说明理由')).toBeInTheDocument();
  });

  it('rejects over-long text and control characters with translated messages, keeping what was typed', async () => {
    const { user } = renderForm();
    await user.selectOptions(screen.getByLabelText('求助对象'), 'someone-else');
    const relationship = screen.getByLabelText('与当事人的关系');
    fireEvent.input(relationship, { target: { value: '母亲'.repeat(31) } });
    expect(await screen.findByText('内容过长')).toBeInTheDocument();
    expect(relationship).toHaveValue('母亲'.repeat(31));
    fireEvent.input(relationship, { target: { value: '母\u0000亲' } });
    expect(await screen.findByText(/控制字符/)).toBeInTheDocument();
  });

  it('shows the same validation in English', async () => {
    await setLanguage('en');
    const { user } = renderForm();
    await user.selectOptions(screen.getByLabelText('Calling for'), 'someone-else');
    fireEvent.input(screen.getByLabelText('Relationship to the person'), { target: { value: 'x'.repeat(61) } });
    expect(await screen.findByText('Too long')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Complete the record and finish wrap-up' }));
    expect(await screen.findByText('Before the record can be completed:')).toBeInTheDocument();
  });

  it('lists what a record still needs before completing it, and completes when whole', async () => {
    const { user, onComplete } = renderForm();
    await user.click(screen.getByRole('button', { name: '完成记录并结束整理' }));
    const missing = await screen.findByRole('alert');
    expect(missing).toHaveTextContent('请至少选择一个问题类别');
    expect(missing).toHaveTextContent('请完成自杀风险筛查的第 1、2 题');
    expect(onComplete).not.toHaveBeenCalled();

    await user.click(screen.getByLabelText('睡眠问题'));
    for (const question of ['是否希望自己死去，或睡着后不再醒来？', '是否真的有过自杀的想法？']) {
      await user.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: '否' }));
    }
    await user.click(screen.getByLabelText('情绪疏导'));
    await user.selectOptions(screen.getByLabelText('结果'), 'supported');
    await user.click(screen.getByRole('button', { name: '完成记录并结束整理' }));
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
  });

  it('a prank call completes without anything else', async () => {
    const { user, onComplete } = renderForm();
    await user.click(screen.getByLabelText('恶作剧'));
    expect(screen.getByText(/无需填写其他内容/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '完成记录并结束整理' }));
    await waitFor(() => expect(onComplete).toHaveBeenCalled());
  });

  it('autosaves every change within half a second', async () => {
    const { user, onChange } = renderForm();
    await user.selectOptions(screen.getByLabelText('职业'), 'delivery-rider');
    await waitFor(() => expect(lastSaved(onChange)?.caller.occupation).toBe('delivery-rider'), { timeout: 1000 });
  });

  it('carries out a step the note pad offers', async () => {
    const { onChange } = renderForm();
    act(() => useIntakeCommands.getState().applyStep('means', '安眠药'));
    await waitFor(() => expect(lastSaved(onChange)?.lifeline.capability.meansAccess).toBe(true));
    expect(lastSaved(onChange).imminent.means).toBe('安眠药');
  });

  it('starts the summary from the notes', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: '用关键词记录生成小结' }));
    expect(screen.getByLabelText('通话小结', { selector: 'textarea' })).toHaveValue('[00:10] 想死');
  });
});
