import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api';
import { App } from './App';
import type { CentreSettings, NoteChipList } from '../contract';
import { centreConfigEndpoints } from '../contract/api-centre-config';
import type { TransferDirectoryChange } from '../contract/centre-config';
import { setLanguage } from '../i18n';
import { mockData, mockEndpoint } from '../mocks';
import { mockServer } from '../mocks/node';
import { FakeTelephony } from '../telephony';
import { renderWithApp, signInAs } from '../test/render';

async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const renderAt = (path: string) => {
  signInAs('admin1');
  return renderWithApp(<App queryClient={createQueryClient()} createTelephony={async () => new FakeTelephony()} />, { path });
};

/** Records what each save sent, answering as the API would. */
function capture<T>(endpoint: (typeof centreConfigEndpoints)['setTransferTargets' | 'setNoteChips' | 'setCentreSettings']) {
  const sent: T[] = [];
  mockServer.use(
    mockEndpoint(endpoint, ({ body }) => {
      sent.push(body as T);
      return body as never;
    }),
  );
  return sent;
}

describe('the transfer directory screen', () => {
  it('saves an edited and reordered directory without asking twice when no emergency number changes', async () => {
    const sent = capture<TransferDirectoryChange>(centreConfigEndpoints.setTransferTargets);
    const { user } = renderAt('/admin/settings/directory');
    const youth = within(await screen.findByRole('group', { name: '3. 青少年服务台' }));
    await user.clear(youth.getByLabelText('中文名称'));
    await user.type(youth.getByLabelText('中文名称'), '青少年维权热线');
    await user.click(screen.getByRole('button', { name: '上移：青少年维权热线' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        confirmEmergency: [],
        targets: [
          expect.objectContaining({ id: 'police' }),
          expect.objectContaining({ id: 'hotline-12355', nameZh: '青少年维权热线' }),
          expect.objectContaining({ id: 'ambulance' }),
          expect.objectContaining({ id: 'supervisor', number: '' }),
        ],
      },
    ]);
  });

  it('names exactly what changes about an emergency number and sends it only once confirmed', async () => {
    const sent = capture<TransferDirectoryChange>(centreConfigEndpoints.setTransferTargets);
    const { user } = renderAt('/admin/settings/directory');
    const police = within(await screen.findByRole('group', { name: '1. 公安报警' }));
    await user.clear(police.getByLabelText(/^号码/));
    await user.type(police.getByLabelText(/^号码/), '13800000000');
    await user.click(screen.getByRole('button', { name: '删除：医疗急救' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    const dialog = await screen.findByRole('alertdialog', { name: '请再次确认对紧急号码的修改' });
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['公安报警：110 → 13800000000', '医疗急救：120 将被删除']);
    expect(sent).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: '确认修改紧急号码' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.confirmEmergency).toEqual(['police', 'ambulance']);
    expect(sent[0]?.targets.find((target) => target.id === 'police')?.number).toBe('13800000000');
    // Saved is saved: saving again at once asks nothing more about it.
    await user.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.confirmEmergency).toEqual([]);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('shows a bad value and the API’s own refusal at the field, translated, keeping what was typed', async () => {
    mockServer.use(
      http.put('/api/transfer-targets', () =>
        HttpResponse.json({ error: { code: 'validation', issues: [{ path: ['targets', 2, 'id'], message: 'invalid' }] } }, { status: 400 }),
      ),
    );
    const { user } = renderAt('/admin/settings/directory');
    const youth = within(await screen.findByRole('group', { name: '3. 青少年服务台' }));
    await user.clear(youth.getByLabelText(/^号码/));
    await user.type(youth.getByLabelText(/^号码/), '12-355');
    await user.type(youth.getByLabelText('英文名称'), ' line');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await youth.findByText('只能填写数字')).toBeInTheDocument();
    expect(youth.getByLabelText(/^号码/)).toHaveValue('12-355');
    expect(youth.getByLabelText('英文名称')).toHaveValue('Youth line line');
    await user.clear(youth.getByLabelText(/^号码/));
    await user.type(youth.getByLabelText(/^号码/), '12355');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await youth.findByText('填写的内容无效')).toBeInTheDocument();
    expect(youth.getByLabelText('英文名称')).toHaveValue('Youth line line');
  });
});

describe('the note chips screen', () => {
  it('adds a chip and refuses an empty name, translated', async () => {
    const sent = capture<NoteChipList>(centreConfigEndpoints.setNoteChips);
    const { user } = renderAt('/admin/settings/chips');
    await screen.findByRole('form', { name: '记录快捷标签' });
    await user.click(screen.getByRole('button', { name: '添加标签' }));
    const added = within(screen.getByRole('group', { name: '3. 新标签' }));
    await user.type(added.getByLabelText('标识'), 'exam');
    await user.type(added.getByLabelText('英文名称'), 'Exams');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await added.findByText('此项必填')).toBeInTheDocument();
    expect(added.getByLabelText('英文名称')).toHaveValue('Exams');
    await user.type(added.getByLabelText('中文名称'), '考试');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(sent.at(-1)?.chips.at(-1)).toEqual({ id: 'exam', zh: '考试', en: 'Exams' });
  });
});

describe('the centre settings screen', () => {
  it('shows durations in minutes and seconds, refuses one out of range, and saves seconds', async () => {
    const sent = capture<CentreSettings>(centreConfigEndpoints.setCentreSettings);
    const { user } = renderAt('/admin/settings/centre');
    const wrapUp = await screen.findByLabelText('话后整理时长（分钟）');
    expect(wrapUp).toHaveValue(5);
    expect(screen.getByLabelText('服务水平标准（多少秒内接起）（秒）')).toHaveValue(20);
    // Overflow goes to the province's other centres, never the centre itself (福州 is chosen).
    const overflow = within(screen.getByRole('group', { name: '溢出至以下中心（本省其他中心）' }));
    expect(overflow.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['0592']);
    await user.clear(wrapUp);
    await user.type(wrapUp, '100');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('超出允许范围')).toBeInTheDocument();
    expect(wrapUp).toHaveValue(100);
    await user.clear(wrapUp);
    await user.type(wrapUp, '4');
    await user.click(overflow.getByRole('checkbox', { name: '厦门（0592）' }));
    await user.click(screen.getByRole('checkbox', { name: '允许本中心督导管理咨询员账号' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ wrapUpLimitSec: 240, serviceLevelSec: 20, overflowCentres: ['0592'], supervisorsManageStaff: true });
  });

  it('shows the API’s refusal of an overflow centre at the overflow field', async () => {
    mockServer.use(
      http.put('/api/centres/0591/settings', () =>
        HttpResponse.json({ error: { code: 'validation', issues: [{ path: ['overflowCentres', 0], message: 'adminConfig.overflowUnknown' }] } }, { status: 400 }),
      ),
    );
    const { user } = renderAt('/admin/settings/centre');
    await user.click(await screen.findByRole('checkbox', { name: '厦门（0592）' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('没有该区号的中心')).toBeInTheDocument();
  });
});

describe('the referral institutions screen', () => {
  it('lists retired ones as retired, and adds one after a bad phone is corrected', async () => {
    const { user } = renderAt('/admin/settings/institutions');
    const old = await screen.findByRole('row', { name: /福州市旧心理门诊/ });
    expect(within(old).getByText('已停用')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '添加机构' }));
    const form = within(await screen.findByRole('form', { name: '添加转介机构' }));
    await user.type(form.getByLabelText('中文名称'), '厦门市心理门诊');
    await user.type(form.getByLabelText('英文名称'), 'Xiamen clinic');
    await user.selectOptions(form.getByLabelText('所属中心'), '0592');
    await user.type(form.getByLabelText(/^电话/), '0592-1234567');
    await user.type(form.getByLabelText('服务时间'), '周一至周五 8:00–17:00');
    await user.click(form.getByRole('button', { name: '保存' }));
    expect(await form.findByText('只能填写数字')).toBeInTheDocument();
    expect(form.getByLabelText('服务时间')).toHaveValue('周一至周五 8:00–17:00');
    await user.clear(form.getByLabelText(/^电话/));
    await user.type(form.getByLabelText(/^电话/), '05921234567');
    await user.click(form.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('row', { name: /厦门市心理门诊/ })).toBeInTheDocument();
    expect(mockData.institutions.at(-1)).toMatchObject({ areaCode: '0592', phone: '05921234567', hours: '周一至周五 8:00–17:00', retired: false });
  });
});

describe('the centres and lines screen', () => {
  it('shows each centre’s line, staff count and state, and closes a line', async () => {
    const { user } = renderAt('/admin/settings/centres');
    const fuzhou = await screen.findByRole('row', { name: /福州/ });
    expect(within(fuzhou).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['059112356', '3', '开通', '编辑']);
    await user.click(within(fuzhou).getByRole('button', { name: '编辑：福州' }));
    await user.click(screen.getByRole('checkbox', { name: '线路开通' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await within(await screen.findByRole('row', { name: /福州/ })).findByText('已关闭（转全省接入）')).toBeInTheDocument();
  });

  it('refuses a malformed area code, translated', async () => {
    const { user } = renderAt('/admin/settings/centres');
    await user.click(await screen.findByRole('button', { name: '添加中心' }));
    await user.type(screen.getByLabelText('区号'), '591');
    await user.type(screen.getByLabelText('城市中文名'), '示范');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('区号为 0 开头的 3 至 4 位数字')).toBeInTheDocument();
    expect(screen.getByLabelText('城市中文名')).toHaveValue('示范');
  });
});

describe('the configuration screens', () => {
  it('are for admins only', async () => {
    signInAs('supervisor1');
    renderWithApp(<App queryClient={createQueryClient()} createTelephony={async () => new FakeTelephony()} />, { path: '/admin/settings/directory' });
    expect(await screen.findByRole('link', { name: '返回首页' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '转接号码簿' })).not.toBeInTheDocument();
  });

  it.each(['directory', 'chips', 'centre', 'institutions', 'centres'])('leave axe-core nothing to find in Chinese and English: %s', async (section) => {
    renderAt(`/admin/settings/${section}`);
    const nav = await screen.findByRole('navigation', { name: '配置项目' });
    await screen.findAllByRole('button', { name: /保存|添加/ });
    expect(within(nav).getByRole('link', { current: 'page' })).toHaveAttribute('href', `/admin/settings/${section}`);
    expect(await axeViolations()).toEqual([]);
    await setLanguage('en');
    await screen.findByRole('navigation', { name: 'Configuration sections' });
    expect(await axeViolations()).toEqual([]);
  });
});
