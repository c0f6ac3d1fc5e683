import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mockData } from '../../mocks';
import { loadFormMessages, loadTrainingMessages } from '../../i18n';
import { renderWithApp, signInAs } from '../../test/render';
import { ScenarioLibrary } from './index';

beforeAll(() => Promise.all([loadTrainingMessages(), loadFormMessages()]));
beforeEach(() => signInAs('trainer1'));

describe('ScenarioLibrary', () => {
  it('lists the scenarios with their problem and expected risk, and retires and restores one', async () => {
    const { user } = renderWithApp(<ScenarioLibrary />);
    const row = (await screen.findByRole('rowheader', { name: /深夜吞药的大学生/ })).closest('tr') as HTMLElement;
    expect(within(row).getByText('内置')).toBeInTheDocument();
    expect(within(row).getByText('紧急')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: '停用：深夜吞药的大学生' }));
    expect(await screen.findByText('案例库中还没有情景案例。')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '显示已停用的案例' }));
    const retired = (await screen.findByRole('rowheader', { name: /深夜吞药的大学生/ })).closest('tr') as HTMLElement;
    expect(within(retired).getByText('已停用')).toBeInTheDocument();
    await user.click(within(retired).getByRole('button', { name: '恢复：深夜吞药的大学生' }));
    expect(await within(retired).findByText('使用中')).toBeInTheDocument();
    expect(mockData.training.scenarios[0]?.retiredAt).toBeNull();
  });

  it('writes a new scenario through the contract’s schema: a missing title is said, then it is saved and listed', async () => {
    const { user } = renderWithApp(<ScenarioLibrary />);
    await user.click(await screen.findByRole('button', { name: '新建情景案例' }));
    const form = screen.getByRole('form', { name: '新建情景案例' });
    await user.type(within(form).getByLabelText('所在地（培训师口述）'), '厦门市集美区');
    await user.type(within(form).getByLabelText('培训师须知：来电者是谁、如何表现'), '刚退休的父亲，儿子长期不回家。');
    await user.type(within(form).getByLabelText('开场白'), '我就是想问问，孩子不理我怎么办？');
    await user.click(within(form).getByRole('button', { name: '添加一条' }));
    await user.type(within(form).getByLabelText('学员问到什么时才说'), '问和儿子最后一次联系');
    await user.type(within(form).getByLabelText('来电者的回答'), '三个月前吵了一架。');
    await user.selectOptions(within(form).getByLabelText('应评定的风险等级'), '低');
    await user.click(within(form).getByRole('checkbox', { name: '安排随访' }));
    await user.click(within(form).getByRole('button', { name: '保存案例' }));
    expect(await within(form).findByText('此项必填')).toBeInTheDocument();

    await user.type(within(form).getByLabelText('案例名称'), '空巢父亲');
    await user.click(within(form).getByRole('button', { name: '保存案例' }));
    expect(await screen.findByRole('rowheader', { name: '空巢父亲' })).toBeInTheDocument();
    const saved = mockData.training.scenarios.find((s) => s.title === '空巢父亲');
    expect(saved?.reveals).toEqual([{ topic: 'location', whenAsked: '问和儿子最后一次联系', fact: '三个月前吵了一架。' }]);
    expect(saved?.expected).toMatchObject({ riskLevel: 'low', followUp: true, emergencyService: null });
  });

  it('edits a scenario, an emergency service chosen and cleared again', async () => {
    const { user } = renderWithApp(<ScenarioLibrary />);
    await user.click(await screen.findByRole('button', { name: '编辑：深夜吞药的大学生' }));
    const form = screen.getByRole('form', { name: '编辑：深夜吞药的大学生' });
    expect(within(form).getByLabelText('应转交的急救 / 警方')).toHaveValue('120');
    await user.selectOptions(within(form).getByLabelText('应转交的急救 / 警方'), '无需转交');
    await user.click(within(form).getByRole('button', { name: '保存案例' }));
    expect(await screen.findByRole('button', { name: '新建情景案例' })).toBeInTheDocument();
    expect(mockData.training.scenarios[0]?.expected.emergencyService).toBeNull();
  });
});
