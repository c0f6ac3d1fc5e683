import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api';
import { beijingDate } from '../contract';
import { MockApiError, mockEndpoint } from '../mocks';
import { reportEndpoints } from '../contract/api-reports';
import { periodBounds } from '../contract/report-period';
import { mockServer } from '../mocks/node';
import { setLanguage } from '../i18n';
import { renderWithApp, signInAs } from '../test/render';
import { FakeTelephony } from '../telephony';
import { App } from './App';

// jsdom draws no canvas: the trend's points are read from its table.
vi.mock('uplot', () => ({ default: class { setSize() {} destroy() {} } }));

async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const renderAt = (path: string) => renderWithApp(<App queryClient={createQueryClient()} createTelephony={async () => new FakeTelephony()} />, { path });
const figure = (region: string, label: string) =>
  within(screen.getByRole('region', { name: region })).getByRole('rowheader', { name: label }).nextElementSibling?.textContent;

describe('the reports screen', () => {
  it('shows an admin the province’s figures for today: rates as %, times as m:ss, downloads for the same report', async () => {
    signInAs('admin1');
    renderAt('/reports');
    expect(await screen.findByRole('heading', { level: 1, name: '统计报表' })).toBeInTheDocument();
    await screen.findByRole('region', { name: '呼入与接听' });
    expect(figure('呼入与接听', '呼入量')).toBe('120');
    expect(figure('呼入与接听', '接通率')).toBe('85.0%');
    expect(figure('呼入与接听', '服务水平')).toBe('80.0%');
    expect(figure('呼入与接听', '平均等待时长')).toBe('0:14');
    expect(figure('呼入与接听', '平均通话时长')).toBe('1:05');
    expect(figure('来电记录', '危机来电')).toBe('10');
    expect(figure('来电类型', '恶作剧')).toBe('3');
    expect(figure('紧急转介与救援结果', '已找到来电者')).toBe('2');
    expect(figure('回访', '按时回访')).toBe('4');
    expect(screen.getByRole('combobox', { name: '统计范围' })).toHaveValue('province');
    const today = beijingDate(Date.now());
    const xlsx = new URL(screen.getByRole('link', { name: '导出 Excel（.xlsx）' }).getAttribute('href') ?? '');
    expect([xlsx.pathname, Object.fromEntries(xlsx.searchParams)]).toEqual(['/api/reports/export.xlsx', { scope: 'province', period: 'day', date: today, lang: 'zh-CN' }]);
    expect(new URL(screen.getByRole('link', { name: '导出 CSV' }).getAttribute('href') ?? '').pathname).toBe('/api/reports/export.csv');
    // By line by default: plain 12356 for the province.
    expect(within(screen.getByRole('region', { name: '按线路' })).getByRole('rowheader', { name: '12356（全省统一号码）' })).toBeInTheDocument();
    // 24 hourly points, the figures of the canvas read as a table.
    const trend = screen.getByRole('region', { name: '趋势' });
    expect(within(trend).getByRole('img').getAttribute('aria-label')).toContain('呼入 120 个');
    expect(within(trend).getAllByRole('row')).toHaveLength(1 + 24);
  });

  it('shows a supervisor their own centre by counsellor, keeps the choice in the address, and never another centre', async () => {
    signInAs('supervisor1');
    const { user, location } = renderAt('/reports?scope=0592&by=counsellor');
    const counsellors = await screen.findByRole('region', { name: '按咨询员' });
    expect(within(counsellors).getByRole('rowheader', { name: '张咨询员' }).nextElementSibling?.textContent).toBe('57');
    const scope = screen.getByRole('combobox', { name: '统计范围' });
    expect(scope).toHaveValue('0591');
    expect(within(scope).getAllByRole('option').map((option) => option.textContent)).toEqual(['福州 0591']);
    await user.selectOptions(screen.getByRole('combobox', { name: '统计周期' }), 'month');
    expect(location.history.at(-1)).toContain('period=month');
    // A month's trend has a point a day.
    const days = periodBounds('month', beijingDate(Date.now())).buckets.length;
    await vi.waitFor(() => expect(within(screen.getByRole('region', { name: '趋势' })).getAllByRole('row')).toHaveLength(1 + days));
  });

  it('says so when the API refuses the scope, and keeps the choice made', async () => {
    signInAs('supervisor1');
    mockServer.use(
      mockEndpoint(reportEndpoints.report, () => {
        throw new MockApiError(403, 'forbidden');
      }),
    );
    renderAt('/reports?period=week');
    expect(await screen.findByRole('alert')).toHaveTextContent('您无权查看该范围的报表（督导只能查看本中心）。');
    expect(screen.getByRole('combobox', { name: '统计周期' })).toHaveValue('week');
  });

  it('is not a counsellor’s screen', async () => {
    signInAs('counsellor1');
    renderAt('/reports');
    expect(await screen.findByRole('link', { name: '返回首页' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '统计报表' })).not.toBeInTheDocument();
  });

  it('leaves axe-core nothing to find, in Chinese and in English', async () => {
    signInAs('supervisor1');
    renderAt('/reports?by=counsellor');
    await screen.findByRole('region', { name: '按咨询员' });
    expect(await axeViolations()).toEqual([]);
    await setLanguage('en');
    await screen.findByRole('region', { name: 'By counsellor' });
    expect(figure('Calls offered and answered', 'Answer rate')).toBe('85.0%');
    expect(await axeViolations()).toEqual([]);
    await setLanguage('zh-CN');
  });
});
