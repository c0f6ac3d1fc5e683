import { fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../api';
import { setLanguage } from '../i18n';
import { mockAuditStaff, seedMockAuditEntry } from '../mocks/audit-log-handlers';
import { renderWithApp, signInAs } from '../test/render';
import { FakeTelephony } from '../telephony';
import { App } from './App';

async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const renderAt = (path: string) => renderWithApp(<App queryClient={createQueryClient()} createTelephony={async () => new FakeTelephony()} />, { path });
const [counsellor, supervisor, admin, xiamen] = mockAuditStaff;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const rows = async () => (await screen.findAllByRole('row')).filter((row) => row.closest('table')?.querySelector('caption.sr-only'));
const entryRows = async () => (await rows()).slice(1);

function seedDay() {
  seedMockAuditEntry({ at: minutesAgo(50), action: 'session.login', staffId: counsellor.id });
  seedMockAuditEntry({
    at: minutesAgo(40),
    action: 'settings.centre',
    staffId: admin.id,
    subjectType: 'centre',
    subjectId: '0591',
    centre: '0591',
    detail: JSON.stringify({ changes: [{ path: 'wrapUpLimitSec', before: 300, after: 240 }] }),
  });
  seedMockAuditEntry({ at: minutesAgo(30), action: 'session.login', staffId: xiamen.id });
  seedMockAuditEntry({
    at: minutesAgo(20),
    action: 'retention.run',
    staffId: null,
    staffName: null,
    staffRole: null,
    clientAddress: null,
    userAgent: null,
    subjectType: 'centre',
    subjectId: '0591',
    centre: '0591',
    detail: JSON.stringify({ records: 12 }),
  });
  // Older than the default 24 hours: not shown until the range is widened.
  seedMockAuditEntry({ at: minutesAgo(26 * 60), action: 'contact.read', staffId: supervisor.id, subjectType: 'contact', subjectId: 'r-old' });
}

afterEach(() => setLanguage('zh-CN'));

describe('the audit log page', () => {
  it('shows an admin every entry of the last 24 hours: when, who, what, which subject, from where, and what changed', async () => {
    signInAs('admin1');
    seedDay();
    renderAt('/admin/audit');
    expect(await screen.findByRole('heading', { level: 1, name: '审计日志' })).toBeInTheDocument();
    const [retention, xiamenLogin, settings, login] = await entryRows();
    expect(await entryRows()).toHaveLength(4);
    expect(retention).toHaveTextContent('系统（定时任务）');
    expect(retention).toHaveTextContent('按数据保留期限删除个人信息');
    expect(xiamenLogin).toHaveTextContent('郑咨询员咨询员');
    const changes = within(settings as HTMLElement).getByRole('table', { name: '修改内容' });
    expect(within(changes).getByRole('row', { name: 'wrapUpLimitSec 300 240' })).toBeInTheDocument();
    expect(settings).toHaveTextContent('修改中心设置');
    expect(settings).toHaveTextContent('中心0591');
    expect(login).toHaveTextContent('10.0.3.7Chrome 131 · Windows');
    expect(screen.queryByText('r-old')).not.toBeInTheDocument();
  });

  it('narrows by a group of actions, and widens the time range', async () => {
    signInAs('admin1');
    seedDay();
    const { user } = renderAt('/admin/audit');
    await screen.findByText('修改中心设置');
    await user.selectOptions(screen.getByLabelText('操作'), '登录与话机（全部）');
    await user.click(screen.getByRole('button', { name: '查询' }));
    await expect.poll(async () => (await entryRows()).length).toBe(2);
    fireEvent.change(screen.getByLabelText('开始时间（北京时间）'), { target: { value: '' } });
    await user.selectOptions(screen.getByLabelText('操作'), '全部');
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('r-old')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '恢复默认（最近 24 小时）' }));
    await expect.poll(() => screen.queryByText('r-old')).toBeNull();
    expect(screen.getByLabelText('开始时间（北京时间）')).not.toHaveValue('');
  });

  it('says what is wrong with a reversed range or a bad address, keeping what was typed', async () => {
    signInAs('admin1');
    const { user } = renderAt('/admin/audit');
    await screen.findByText('没有符合条件的记录。');
    fireEvent.change(screen.getByLabelText('开始时间（北京时间）'), { target: { value: '2026-11-30T10:00' } });
    fireEvent.change(screen.getByLabelText('结束时间（北京时间）'), { target: { value: '2026-11-30T09:00' } });
    await user.type(screen.getByLabelText('来源地址（可填前缀，如 10.0.3.）'), '10.0.3.7; drop');
    await user.click(screen.getByRole('button', { name: '查询' }));
    expect(await screen.findByText('结束时间不能早于开始时间')).toBeInTheDocument();
    expect(screen.getByText('地址只能包含数字、字母 a–f、点和冒号')).toBeInTheDocument();
    expect(screen.getByLabelText('结束时间（北京时间）')).toHaveValue('2026-11-30T09:00');
    expect(screen.getByLabelText('来源地址（可填前缀，如 10.0.3.）')).toHaveValue('10.0.3.7; drop');
  });

  it('pages newest first: older entries come on request until the end', async () => {
    signInAs('admin1');
    for (let i = 0; i < 60; i += 1) seedMockAuditEntry({ at: minutesAgo(i + 1), action: 'contact.read', subjectType: 'contact', subjectId: `r-${i}` });
    const { user } = renderAt('/admin/audit');
    await screen.findByText('r-0');
    expect(await entryRows()).toHaveLength(50);
    expect(screen.queryByText('r-50')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '加载更早的记录' }));
    expect(await screen.findByText('r-59')).toBeInTheDocument();
    expect(await entryRows()).toHaveLength(60);
    expect(screen.getByText('已显示全部符合条件的记录。')).toBeInTheDocument();
  });

  it('exports the filtered entries as CSV with headers in the viewer’s language', async () => {
    signInAs('admin1');
    seedDay();
    const { user } = renderAt('/admin/audit');
    await screen.findByText('修改中心设置');
    await user.selectOptions(screen.getByLabelText('操作'), '　修改中心设置');
    await user.click(screen.getByRole('button', { name: '查询' }));
    const link = screen.getByRole('link', { name: '导出 CSV' });
    await expect.poll(() => new URL(link.getAttribute('href') ?? '').searchParams.get('action')).toBe('settings.centre');
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.pathname).toBe('/api/audit-log/export');
    expect(url.searchParams.get('lang')).toBe('zh-CN');
    expect(url.searchParams.get('from')).toMatch(/Z$/);
    await setLanguage('en');
    const english = await screen.findByRole('link', { name: 'Export CSV' });
    expect(new URL(english.getAttribute('href') ?? '').searchParams.get('lang')).toBe('en');
  });

  it('shows a supervisor their centre’s entries only, and says so', async () => {
    signInAs('supervisor1');
    seedDay();
    renderAt('/admin/audit');
    expect(await screen.findByText(/本中心的操作记录/)).toBeInTheDocument();
    await screen.findByText('修改中心设置');
    expect(screen.queryByText('郑咨询员')).not.toBeInTheDocument();
    const staff = within(screen.getByLabelText('操作人')).getAllByRole('option').map((option) => option.textContent);
    expect(staff).not.toContain('郑咨询员（咨询员）');
    expect(staff).toContain('张咨询员（咨询员）');
  });

  it('is not a counsellor’s page', async () => {
    signInAs('counsellor1');
    renderAt('/admin/audit');
    expect(await screen.findByRole('link', { name: '返回首页' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '审计日志' })).not.toBeInTheDocument();
  });

  it('leaves axe-core nothing to find, in Chinese and in English', async () => {
    signInAs('admin1');
    seedDay();
    renderAt('/admin/audit');
    await screen.findByText('修改中心设置');
    expect(await axeViolations()).toEqual([]);
    await setLanguage('en');
    const table = await screen.findByRole('table', { name: 'Audit log, newest first' });
    expect(await within(table).findByText('Changed centre settings')).toBeInTheDocument();
    expect(within(table).getByText('System (scheduled job)')).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });
});
