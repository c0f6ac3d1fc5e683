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

/** Opens a section of the form by its tab, as the counsellor does. */
async function openSection(user: { click(element: Element): Promise<void> }, name: string | RegExp) {
  await user.click(screen.getByRole('tab', { name }));
}

describe('IntakeForm', () => {
  it('shows the computed risk live, with the rule that set it', async () => {
    const { user } = renderForm();
    expect(screen.getAllByRole('status').find((node) => node.dataset.riskLevel)).toHaveTextContent('自杀风险：无');
    await openSection(user, '自杀风险');
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
    await openSection(user, '自杀风险');
    expect(screen.queryByRole('group', { name: '是否想过用什么方式自杀？' })).not.toBeInTheDocument();
    const q2 = screen.getByRole('group', { name: '是否真的有过自杀的想法？' });
    await user.click(within(q2).getByRole('radio', { name: '是' }));
    expect(screen.getByRole('group', { name: '是否想过用什么方式自杀？' })).toBeInTheDocument();
  });

  it('imminent risk makes location and call-back number required and opens the hand-off panel', async () => {
    const { user, onComplete } = renderForm();
    expect(screen.queryByLabelText(/来电者现在的位置/)).not.toBeInTheDocument();
    await openSection(user, '自杀风险');
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
    await openSection(user, '自杀风险');
    await user.click(screen.getByLabelText('正在实施（如已服药）'));
    await user.click(await screen.findByRole('button', { name: '记录：已交 120 急救处置' }));
    expect(screen.getByText(/交 120 急救处置/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('处置结果'), 'reached');
    await waitFor(() => expect(lastSaved(onChange).safety.emergencyHandoff).toMatchObject({ service: '120', outcome: 'reached' }));
  });

  it('will not take a risk override without a reason', async () => {
    const { user } = renderForm();
    await openSection(user, '自杀风险');
    await user.click(screen.getByText('调整风险等级（须说明理由）'));
    await user.selectOptions(screen.getByLabelText('调整为'), 'high');
    await user.click(screen.getByRole('button', { name: '完成记录并结束整理' }));
    expect(await screen.findByText('调整风险等级必须说明理由')).toBeInTheDocument();
  });

  it('rejects over-long text and control characters with translated messages, keeping what was typed', async () => {
    const { user } = renderForm();
    await openSection(user, '来电者');
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
    await openSection(user, 'Caller');
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
    // The first section that still needs something is opened, and each such tab says so.
    expect(screen.getByRole('tab', { selected: true })).toHaveAccessibleName('问题类别（尚需填写）');
    expect(screen.getByRole('tab', { name: '自杀风险（尚需填写）' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '来电者' })).toBeInTheDocument();

    await user.click(screen.getByLabelText('睡眠问题'));
    await openSection(user, /^自杀风险/);
    for (const question of ['是否希望自己死去，或睡着后不再醒来？', '是否真的有过自杀的想法？']) {
      await user.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: '否' }));
    }
    await openSection(user, /^服务与结果/);
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
    await openSection(user, '来电者');
    await user.selectOptions(screen.getByLabelText('职业'), 'delivery-rider');
    await waitFor(() => expect(lastSaved(onChange)?.caller.occupation).toBe('delivery-rider'), { timeout: 1000 });
  });

  it('saves the tick that makes the call imminent at once: the supervisors’ alert rides on that save', async () => {
    const { user, onChange } = renderForm();
    await openSection(user, '自杀风险');
    await user.click(screen.getByLabelText('正在实施（如已服药）'));
    // No waiting for the autosave delay: the save has gone before the next keystroke could postpone it.
    expect(lastSaved(onChange)?.lifeline.intent.attemptInProgress).toBe(true);
  });

  it('carries out a step the note pad offers', async () => {
    const { onChange } = renderForm();
    act(() => useIntakeCommands.getState().applyStep('means', '安眠药'));
    await waitFor(() => expect(lastSaved(onChange)?.lifeline.capability.meansAccess).toBe(true));
    expect(lastSaved(onChange).imminent.means).toBe('安眠药');
  });

  it('starts the summary from the notes', async () => {
    const { user } = renderForm();
    await openSection(user, '通话小结');
    await user.click(screen.getByRole('button', { name: '用关键词记录生成小结' }));
    expect(screen.getByLabelText('通话小结', { selector: 'textarea' })).toHaveValue('[00:10] 想死');
  });
});

describe('IntakeForm sections', () => {
  it('shows one section at a time and moves between them by keyboard', async () => {
    const { user } = renderForm();
    expect(screen.getByRole('tab', { selected: true })).toHaveAccessibleName('来电类型');
    expect(screen.getByLabelText('恶作剧')).toBeVisible();
    expect(screen.getByLabelText('年龄段')).not.toBeVisible();

    await user.tab();
    expect(screen.getByRole('tab', { name: '来电类型' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: '来电者' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: '来电者' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText('年龄段')).toBeVisible();
    expect(screen.getByLabelText('恶作剧')).not.toBeVisible();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { selected: true })).toHaveAccessibleName('通话小结');
    expect(screen.getByRole('button', { name: '用关键词记录生成小结' })).toBeVisible();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { selected: true })).toHaveAccessibleName('来电类型');
    await user.keyboard('{ArrowLeft}{Home}{ArrowRight}');
    expect(screen.getByRole('tab', { selected: true })).toHaveAccessibleName('来电者');

    // Tab goes from the tab into its panel, and the shortcuts work from inside a field.
    await user.tab();
    expect(screen.getByLabelText('年龄段')).toHaveFocus();
    await user.keyboard('{Alt>}r{/Alt}');
    expect(screen.getByRole('tab', { selected: true })).toHaveAccessibleName('自杀风险');
    expect(screen.getByRole('tab', { name: '自杀风险' })).toHaveFocus();
    expect(screen.getByRole('group', { name: '是否希望自己死去，或睡着后不再醒来？' })).toBeVisible();
    await user.keyboard('{Alt>}{PageDown}{/Alt}');
    expect(screen.getByRole('tab', { selected: true })).toHaveAccessibleName('转介');
    await user.keyboard('{Alt>}{PageUp}{PageUp}{/Alt}');
    expect(screen.getByRole('tab', { selected: true })).toHaveAccessibleName('问题类别');
  });

  it('when the risk turns imminent, opens the emergency fields together, with the 110 / 120 actions', async () => {
    signInAs('counsellor1');
    const view = renderWithApp(
      <IntakeForm
        initial={emptyIntake('0591')}
        editable
        callerNumber="13800138000"
        notesSummary=""
        onChange={vi.fn()}
        onComplete={vi.fn()}
        emergencyActions={<button type="button">公安报警 110</button>}
      />,
    );
    await openSection(view.user, '自杀风险');
    expect(screen.queryByRole('tab', { name: '紧急危险' })).not.toBeInTheDocument();
    await view.user.click(screen.getByLabelText('正在实施（如已服药）'));

    const tabs = screen.getAllByRole('tab');
    expect(tabs[0]).toHaveAccessibleName('紧急危险');
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: '紧急危险' });
    for (const label of [/来电者现在的位置/, '回拨号码', '使用的手段']) expect(within(panel).getByLabelText(label)).toBeVisible();
    expect(within(panel).getByRole('button', { name: '使用来电号码' })).toBeVisible();
    expect(within(panel).getByRole('button', { name: '公安报警 110' })).toBeVisible();
    expect(screen.getByLabelText('正在实施（如已服药）')).not.toBeVisible();
    // The risk stays in view in the banner above, and the screen is one tab away.
    expect(screen.getAllByRole('status').find((node) => node.dataset.riskLevel)).toHaveAttribute('data-risk-level', 'imminent');
    await openSection(view.user, '自杀风险');
    expect(screen.getByLabelText('正在实施（如已服药）')).toBeVisible();
  });

  it('shows the risk screen for a step from the note pad, without taking the focus from it', async () => {
    renderForm();
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    elsewhere.focus();
    act(() => useIntakeCommands.getState().applyStep('plan', '计划'));
    expect(screen.getByRole('tab', { selected: true })).toHaveAccessibleName('自杀风险');
    expect(within(screen.getByRole('group', { name: '是否已经想好具体细节，或打算实施计划？' })).getByRole('radio', { name: '是' })).toBeChecked();
    expect(elsewhere).toHaveFocus();
    elsewhere.remove();
  });
});

describe('IntakeForm referral', () => {
  it('offers institutions still in use, with what the counsellor tells the caller; a retired one only where a record named it', async () => {
    const { user } = renderForm();
    await openSection(user, '转介');
    const picker = screen.getByLabelText('转介机构');
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['未选择', '福州市第四医院']);
    await user.selectOptions(picker, 'fz4');
    expect(screen.getByText('联系电话：059183727227')).toBeInTheDocument();
    expect(screen.getByText('地址：福州市仓山区')).toBeInTheDocument();
    expect(screen.getByText('服务时间：周一至周日 8:00–17:30')).toBeInTheDocument();
  });

  it('still shows the name of a retired institution an older record named', async () => {
    const intake = emptyIntake('0591');
    const { user } = renderForm({ ...intake, referral: { ...intake.referral, institutionId: 'fz-old' } });
    await openSection(user, '转介');
    expect(await screen.findByRole('option', { name: '福州市旧心理门诊（已停用）' })).toBeInTheDocument();
    expect(screen.getByLabelText('转介机构')).toHaveDisplayValue('福州市旧心理门诊（已停用）');
  });
});
