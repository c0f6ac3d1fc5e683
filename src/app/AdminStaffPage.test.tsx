import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api';
import { setLanguage } from '../i18n';
import { mockData } from '../mocks';
import { renderWithApp, signInAs } from '../test/render';
import { FakeTelephony } from '../telephony';
import { App } from './App';

async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const renderAt = (path: string) => renderWithApp(<App queryClient={createQueryClient()} createTelephony={async () => new FakeTelephony()} />, { path });

describe('the staff accounts screen', () => {
  it('creates a counsellor and shows the one-time password once, with a copy button', async () => {
    signInAs('admin1');
    const { user } = renderAt('/admin/staff');
    expect(await screen.findByRole('rowheader', { name: '张咨询员' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '新建账号' }));
    await user.type(screen.getByRole('textbox', { name: '账号' }), 'wu.counsellor');
    await user.type(screen.getByLabelText('姓名'), '吴咨询员');
    await user.selectOptions(screen.getByLabelText('中心'), '0591');
    await user.click(screen.getByRole('button', { name: '新建并生成初始密码' }));
    const shown = await screen.findByRole('region', { name: '初始密码' });
    expect(within(shown).getByText('Mock-One-Time-1')).toBeInTheDocument();
    expect(within(shown).getByText(/吴咨询员（wu.counsellor）的初始密码只显示这一次/)).toBeInTheDocument();
    expect(within(shown).getByRole('button', { name: '复制初始密码' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: '吴咨询员' })).toBeInTheDocument();
    await user.click(within(shown).getByRole('button', { name: '我已记下，关闭' }));
    expect(screen.queryByText('Mock-One-Time-1')).not.toBeInTheDocument();
  });

  it('shows a translated error for bad input and a taken username, and keeps what was typed', async () => {
    signInAs('admin1');
    const { user } = renderAt('/admin/staff');
    await user.click(await screen.findByRole('button', { name: '新建账号' }));
    const username = screen.getByRole('textbox', { name: '账号' });
    await user.type(username, '1bad');
    await user.type(screen.getByLabelText('姓名'), '赵咨询员');
    await user.click(screen.getByRole('button', { name: '新建并生成初始密码' }));
    expect(await screen.findByText('账号须以小写字母开头，3–32 位，只含字母、数字和 . _ -')).toBeInTheDocument();
    expect(screen.getByText('咨询员和督导须选择所属中心')).toBeInTheDocument();
    expect(screen.getByLabelText('姓名')).toHaveValue('赵咨询员');
    await user.clear(username);
    await user.type(username, 'counsellor1');
    await user.selectOptions(screen.getByLabelText('中心'), '0591');
    await user.click(screen.getByRole('button', { name: '新建并生成初始密码' }));
    expect(await screen.findByText('该账号已存在')).toBeInTheDocument();
    expect(screen.getByLabelText('姓名')).toHaveValue('赵咨询员');
  });

  it('deactivates an account after a confirmation that names the person', async () => {
    signInAs('admin1');
    const { user } = renderAt('/admin/staff');
    await user.click(await screen.findByRole('button', { name: '停用：张咨询员' }));
    const confirm = screen.getByRole('region', { name: '停用账号' });
    expect(within(confirm).getByText(/确定停用 张咨询员（counsellor1，分机 8001）吗？/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: '确认停用 张咨询员' }));
    await vi.waitFor(() => expect(screen.queryByRole('rowheader', { name: '张咨询员' })).not.toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('按状态筛选'), 'deactivated');
    expect(await screen.findByRole('rowheader', { name: '张咨询员' })).toBeInTheDocument();
    expect(screen.getByText(/已停用（/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重新启用：张咨询员' })).toBeInTheDocument();
  });

  it('tells a supervisor whose centre does not allow it why they cannot manage accounts', async () => {
    signInAs('supervisor1');
    renderAt('/admin/staff');
    expect(await screen.findByText(/本中心的中心设置开启“督导可管理本中心咨询员账号”后/)).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '张咨询员' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '新建账号' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /停用：/ })).not.toBeInTheDocument();
  });

  it('offers a permitted supervisor their centre’s counsellors only', async () => {
    mockData.staffAdmin.supervisorsManageStaff = true;
    signInAs('supervisor1');
    const { user } = renderAt('/admin/staff');
    expect(await screen.findByText('您可以管理本中心的咨询员账号；督导、培训师和管理员账号由系统管理员管理。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '停用：张咨询员' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '停用：李督导' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '新建账号' }));
    const role = screen.getByLabelText('角色');
    expect(within(role).getAllByRole('option').map((option) => option.textContent)).toEqual(['咨询员']);
  });

  it('imports a CSV file and reports each refused row with its reason, offering the passwords as a download', async () => {
    signInAs('admin1');
    const { user } = renderAt('/admin/staff');
    const file = new File(['username,display_name,role,centre,trainee\nnew-one,新一,counsellor,0591,false\ncounsellor1,重名,counsellor,0591,false\n'], 'staff.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText('CSV 文件'), file);
    await user.click(screen.getByRole('button', { name: '检查并导入' }));
    expect(await screen.findByText('已创建 1 个账号。')).toBeInTheDocument();
    const refused = screen.getByRole('table', { name: '未导入的行' });
    expect(within(refused).getByRole('row', { name: '3 counsellor1 该账号已存在' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '下载初始密码（CSV）' })).toHaveAttribute('download', 'one-time-passwords.csv');
  });

  it('leaves axe-core nothing to find, in Chinese and in English: list, form, confirmation, one-time password', async () => {
    signInAs('admin1');
    const { user } = renderAt('/admin/staff');
    await screen.findByRole('rowheader', { name: '张咨询员' });
    await user.click(screen.getByRole('button', { name: '停用：张咨询员' }));
    expect(await axeViolations()).toEqual([]);
    await setLanguage('en');
    expect(await screen.findByRole('region', { name: 'Deactivate account' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'New account' }));
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Reset password: 张咨询员' }));
    expect(await screen.findByRole('region', { name: 'One-time password' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('the password change at first sign-in', () => {
  it('is all a person on a one-time password sees, checks the policy as they type, then opens their screen', async () => {
    const member = mockData.staff.find((candidate) => candidate.username === 'counsellor1');
    Object.assign(member ?? {}, { mustChangePassword: true, password: 'Kx7pQ-m2rTz-9wAbc' });
    signInAs('counsellor1');
    const { user } = renderAt('/workstation');
    expect(await screen.findByRole('heading', { level: 1, name: '修改初始密码' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('当前（初始）密码'), 'Kx7pQ-m2rTz-9wAbc');
    await user.type(screen.getByLabelText('新密码'), 'short');
    await user.type(screen.getByLabelText('再次输入新密码'), 'short');
    await user.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('密码至少 10 位')).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
    expect(screen.getByLabelText('当前（初始）密码')).toHaveValue('Kx7pQ-m2rTz-9wAbc');
    await user.clear(screen.getByLabelText('新密码'));
    await user.type(screen.getByLabelText('新密码'), 'Fresh-Start-2026');
    await user.clear(screen.getByLabelText('再次输入新密码'));
    await user.type(screen.getByLabelText('再次输入新密码'), 'Fresh-Start-2026');
    await user.click(screen.getByRole('button', { name: '修改密码' }));
    await vi.waitFor(() => expect(screen.queryByRole('heading', { name: '修改初始密码' })).not.toBeInTheDocument());
    expect(member?.mustChangePassword).toBe(false);
  });
});
