import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mockData } from '../../mocks';
import { mockStaffUuid } from '../../mocks/training-data';
import { loadFormMessages, loadTrainingMessages } from '../../i18n';
import { renderWithApp, signInAs } from '../../test/render';
import { RubricView } from './index';
import { seedMockTrainingCall } from '../../mocks/seed-training-call';

beforeAll(() => Promise.all([loadTrainingMessages(), loadFormMessages()]));

const item = (name: string) => screen.getByText(name).closest('li') as HTMLElement;

describe('RubricView', () => {
  it('shows each automatic item met or not, with what was expected and what the record shows, in words', async () => {
    signInAs('trainer1');
    const call = seedMockTrainingCall();
    renderWithApp(<RubricView callId={call.call.id} meId={mockStaffUuid('s3')} />);
    expect(await screen.findByRole('heading', { name: '评分表：深夜吞药的大学生' })).toBeInTheDocument();
    expect(item('风险等级评定')).toHaveTextContent('✓ 达标风险等级评定应为：紧急；实际：紧急');
    expect(item('留下回拨号码')).toHaveTextContent('✗ 未达标留下回拨号码应为：已取得；实际：未取得');
    expect(item('转交急救 / 警方')).toHaveTextContent('应为：120；实际：110');
    expect(item('交接信息完整')).toHaveTextContent('应为：完整；实际：缺少：回拨号码');
    expect(item('工作规范核查')).toHaveTextContent('实际：未做到：问清位置和回拨号码、告知督导');
  });

  it('lets the call’s trainer score the judgement items, “not observed” included, and shows the scores kept', async () => {
    signInAs('trainer1');
    const call = seedMockTrainingCall();
    const { user } = renderWithApp(<RubricView callId={call.call.id} meId={mockStaffUuid('s3')} />);
    const form = await screen.findByRole('form', { name: '培训师评分' });
    expect((await axe.run(document.body, { resultTypes: ['violations'] })).violations.map((violation) => violation.id)).toEqual([]);
    const rapport = within(form).getByRole('group', { name: '建立关系' });
    await user.click(within(rapport).getByRole('radio', { name: '4 分' }));
    await user.type(within(form).getByLabelText('建立关系 · 说明'), '开场自然');
    await user.click(within(within(form).getByRole('group', { name: '共情' })).getByRole('radio', { name: '5 分' }));
    await user.type(within(form).getByLabelText('总体评语'), '地址获取及时，回拨号码遗漏');
    await user.click(within(form).getByRole('button', { name: '保存评分' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('评分已保存');
    const kept = mockData.training.results.get(call.call.id)?.result;
    expect(kept?.judgement.map((score) => score.score)).toEqual([4, 5, null, null]);
    expect(kept?.judgement[0]?.comment).toBe('开场自然');
    expect(kept?.comment).toBe('地址获取及时，回拨号码遗漏');
  });

  it('is read-only for the trainee: the trainer’s scores as given', async () => {
    signInAs('counsellor1');
    const call = seedMockTrainingCall();
    const stored = mockData.training.results.get(call.call.id);
    if (stored) {
      stored.result = {
        ...stored.result,
        judgement: stored.result.judgement.map((score, index) => ({ ...score, score: index === 0 ? 3 : null, comment: index === 0 ? '语速偏快' : '' })),
        comment: '继续练习安全计划',
        scoredAt: '2026-11-20T02:00:00.000Z',
        scoredBy: '王培训师',
      };
    }
    renderWithApp(<RubricView callId={call.call.id} meId={mockStaffUuid('s1')} />);
    expect(await screen.findByText('王培训师 于 11/20 10:00 评分')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '培训师评分' })).not.toBeInTheDocument();
    expect(screen.getByText('建立关系').nextElementSibling).toHaveTextContent('3 分');
    expect(screen.getByText('共情').nextElementSibling).toHaveTextContent('未观察到');
    expect(screen.getByText('继续练习安全计划')).toBeInTheDocument();
  });

  it('tells the trainer a call still going cannot be scored yet', async () => {
    signInAs('trainer1');
    const call = seedMockTrainingCall({ state: 'live', endedAt: null });
    renderWithApp(<RubricView callId={call.call.id} meId={mockStaffUuid('s3')} />);
    expect(await screen.findByText('模拟来电尚未结束，结束后才能评分。')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '培训师评分' })).not.toBeInTheDocument();
  });
});
