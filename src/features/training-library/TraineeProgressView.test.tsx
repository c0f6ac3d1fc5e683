import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockData } from '../../mocks';
import { mockStaffUuid } from '../../mocks/training-data';
import { loadFormMessages, loadTrainingMessages } from '../../i18n';
import { renderWithApp, signInAs } from '../../test/render';
import { TraineeList, TraineeProgressView } from './index';
import { seedMockTrainingCall } from '../../mocks/seed-training-call';

/** What the chart was asked to draw: jsdom has no canvas, and the figures are what matter. */
const drawn = vi.hoisted(() => ({ charts: [] as { series: { label?: string }[]; data: (number | null)[][] }[] }));
vi.mock('uplot', () => ({
  default: class {
    constructor(options: { series: { label?: string }[] }, data: (number | null)[][]) {
      drawn.charts.push({ series: options.series, data });
    }
    setSize() {}
    destroy() {}
  },
}));

beforeAll(() => Promise.all([loadTrainingMessages(), loadFormMessages()]));
beforeEach(() => {
  signInAs('trainer1');
  drawn.charts = [];
});

const traineeId = mockStaffUuid('s1');
const renderProgress = () =>
  renderWithApp(<TraineeProgressView traineeId={traineeId} backPath="/training/trainees" rubricPath={(id) => `/training/calls/${id}`} />);

describe('trainees', () => {
  it('lists the trainees with their state and mock calls, each linking to its progress', async () => {
    renderWithApp(<TraineeList progressPath={(id) => `/training/trainees/${id}`} />);
    const row = (await screen.findByRole('rowheader', { name: '张咨询员' })).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('培训中（不接听真实来电）');
    expect(within(row).getByRole('link', { name: '查看进度：张咨询员' })).toHaveAttribute('href', `/training/trainees/${traineeId}`);
  });

  it('shows a trainee’s practice time, each automatic item call by call, and each mock call with its scores', async () => {
    seedMockTrainingCall({ startedAt: '2026-11-18T01:00:00.000Z' }, 1500);
    const scored = seedMockTrainingCall({ startedAt: '2026-11-20T01:00:00.000Z' }, 2100);
    const stored = mockData.training.results.get(scored.call.id);
    if (stored) {
      stored.result.auto = stored.result.auto.map((a) => ({ ...a, met: true }));
      stored.result.judgement = stored.result.judgement.map((score, index) => ({ ...score, score: index < 2 ? 4 : 3 }));
    }
    renderProgress();
    expect(await screen.findByRole('heading', { name: '张咨询员 的培训进度' })).toBeInTheDocument();
    expect(screen.getByText('累计练习时长').nextElementSibling).toHaveTextContent('1 小时 0 分');
    expect(screen.getByRole('img', { name: /2 次模拟来电的评分走势/ })).toBeInTheDocument();
    await waitFor(() => expect(drawn.charts).toHaveLength(1));
    const chart = drawn.charts[0];
    expect(chart?.series.slice(1).map((s) => s.label)).toEqual(['建立关系', '共情', '共同解决问题', '安全计划', '自动项达标率']);
    expect(chart?.data.slice(1)).toEqual([[null, 4], [null, 4], [null, 3], [null, 3], [33, 100]]);
    const items = screen.getByRole('table', { name: '各自动项达标情况' });
    const callBack = within(items).getByRole('rowheader', { name: '留下回拨号码' }).closest('tr') as HTMLElement;
    expect(within(callBack).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['✗ 未达标', '✓ 达标']);
    const calls = within(screen.getByRole('table', { name: '模拟来电记录' })).getAllByRole('row').slice(1);
    expect(calls.map((row) => [...row.children].slice(2, 5).map((cell) => cell.textContent))).toEqual([
      ['25:00', '2/6 达标', '未评分'],
      ['35:00', '6/6 达标', '平均 3.5 分'],
    ]);
    expect(within(calls[1] as HTMLElement).getByRole('link', { name: '评分表' })).toHaveAttribute('href', `/training/calls/${scored.call.id}`);
  });

  it('signs the trainee off only once confirmed', async () => {
    const { user } = renderProgress();
    await user.click(await screen.findByRole('button', { name: '签署考核通过' }));
    const confirm = screen.getByRole('alertdialog', { name: '确认 张咨询员 通过考核，开始接听真实来电？' });
    await user.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(mockData.training.trainees[0]?.trainee).toBe(true);

    await user.type(screen.getByLabelText('考核意见（选填）'), '实操考核通过');
    await user.click(screen.getByRole('button', { name: '签署考核通过' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '确认签署' }));
    expect(await screen.findByText(/张咨询员 已于 .* 通过考核（签署人：王培训师）。/)).toBeInTheDocument();
    expect(screen.getByText('已通过考核')).toBeInTheDocument();
    expect(mockData.training.trainees[0]?.trainee).toBe(false);
  });
});
