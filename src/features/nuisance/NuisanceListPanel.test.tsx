import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockData } from '../../mocks';
import type { MockListing, MockSuggestion } from '../../mocks/nuisance-handlers';
import { setLanguage } from '../../i18n';
import { renderWithApp, signInAs } from '../../test/render';
import { NuisanceListPanel } from './index';

const suggestion = (patch: Partial<MockSuggestion> = {}): MockSuggestion => ({
  id: '7c1e4c2a-0d53-4a8e-9b1f-2f6a1f0e7a01',
  contactId: '7c1e4c2a-0d53-4a8e-9b1f-2f6a1f0e7a02',
  maskedNumber: '138****8000',
  callerNumber: '13800138000',
  reason: '每晚 11 点后来电辱骂',
  suggestedByName: '张咨询员',
  suggestedAt: '2026-11-30T06:00:00.000Z',
  callType: 'abusive',
  answeredAt: '2026-11-30T05:50:00.000Z',
  alreadyListed: false,
  ...patch,
});

const listing = (patch: Partial<MockListing> = {}): MockListing => ({
  id: '7c1e4c2a-0d53-4a8e-9b1f-2f6a1f0e7a03',
  maskedNumber: '139****1234',
  callerNumber: '13900001234',
  reason: '一周内恶作剧 6 次',
  blocked: true,
  listedByName: '李督导',
  listedAt: '2026-11-29T02:00:00.000Z',
  expiresAt: '2026-12-06T02:00:00.000Z',
  contactId: null,
  ...patch,
});

beforeEach(() => signInAs('supervisor1'));

describe('NuisanceListPanel', () => {
  it('shows the suggestions to decide and the listed numbers, masked, with reason, who, when and effect', async () => {
    mockData.nuisanceSuggestions = [suggestion()];
    mockData.nuisanceListings = [listing(), listing({ id: '7c1e4c2a-0d53-4a8e-9b1f-2f6a1f0e7a04', maskedNumber: '0591****5678', callerNumber: '059187655678', blocked: false })];
    renderWithApp(<NuisanceListPanel />);
    const region = await screen.findByRole('region', { name: '骚扰号码名单' });
    const suggestions = await within(region).findByRole('region', { name: '咨询员的建议（待审核）' });
    expect(within(suggestions).getByText('138****8000')).toBeInTheDocument();
    expect(within(suggestions).getByText('每晚 11 点后来电辱骂')).toBeInTheDocument();
    expect(within(suggestions).getByText('张咨询员 · 11/30 14:00 提出')).toBeInTheDocument();
    expect(within(suggestions).getByText('该通来电：11/30 13:50 · 辱骂骚扰')).toBeInTheDocument();

    const rows = within(within(region).getByRole('table')).getAllByRole('row');
    expect(rows.slice(1).map((row) => within(row).getAllByRole('cell').slice(0, 5).map((cell) => cell.textContent))).toEqual([
      ['139****1234', '一周内恶作剧 6 次', '直接拒接', '李督导 · 11/29 10:00', '12/06 10:00'],
      ['0591****5678', '一周内恶作剧 6 次', '排在队尾', '李督导 · 11/29 10:00', '12/06 10:00'],
    ]);
    expect(document.body).not.toHaveTextContent('13800138000');
  });

  it('lists a suggested number only with a reason and a chosen expiry; blocking stays off unless ticked', async () => {
    mockData.nuisanceSuggestions = [suggestion()];
    const { user } = renderWithApp(<NuisanceListPanel />);
    await user.click(await screen.findByRole('button', { name: '列入名单…' }));
    const form = screen.getByRole('form', { name: '将 138****8000 列入骚扰号码名单' });
    expect(within(form).getByLabelText('列入原因')).toHaveValue('每晚 11 点后来电辱骂');
    expect(within(form).getByRole('checkbox', { name: /同时拦截/ })).not.toBeChecked();
    const confirm = within(form).getByRole('button', { name: '列入名单' });
    // No expiry is picked for the supervisor.
    expect(confirm).toBeDisabled();
    await user.click(within(form).getByRole('radio', { name: '7 天' }));
    expect(within(form).getByText(/^到期时间：/)).toBeInTheDocument();
    await user.clear(within(form).getByLabelText('列入原因'));
    expect(confirm).toBeDisabled();
    await user.type(within(form).getByLabelText('列入原因'), '一周内辱骂咨询员 4 次');
    await user.click(confirm);

    expect(await screen.findByText('暂无待审核的建议。')).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: '一周内辱骂咨询员 4 次' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '排在队尾' })).toBeInTheDocument();
    const [made] = mockData.nuisanceListings;
    expect(made?.blocked).toBe(false);
    expect(Date.parse(made?.expiresAt ?? '') - Date.parse(made?.listedAt ?? '')).toBe(7 * 24 * 3600 * 1000);
  });

  it('blocks when the supervisor ticks it', async () => {
    mockData.nuisanceSuggestions = [suggestion()];
    const { user } = renderWithApp(<NuisanceListPanel />);
    await user.click(await screen.findByRole('button', { name: '列入名单…' }));
    await user.click(screen.getByRole('radio', { name: '24 小时' }));
    await user.click(screen.getByRole('checkbox', { name: /同时拦截/ }));
    await user.click(screen.getByRole('button', { name: '列入名单' }));
    expect(await screen.findByRole('cell', { name: '直接拒接' })).toBeInTheDocument();
    expect(mockData.nuisanceListings[0]?.blocked).toBe(true);
  });

  it('dismisses a suggestion and removes a listing early', async () => {
    mockData.nuisanceSuggestions = [suggestion()];
    mockData.nuisanceListings = [listing()];
    const { user } = renderWithApp(<NuisanceListPanel />);
    await user.click(await screen.findByRole('button', { name: '不予列入' }));
    expect(await screen.findByText('暂无待审核的建议。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提前移除 139****1234' }));
    expect(await screen.findByText('名单中暂无号码。')).toBeInTheDocument();
    expect(mockData.nuisanceListings).toEqual([]);
  });

  it('speaks English', async () => {
    mockData.nuisanceListings = [listing()];
    await setLanguage('en');
    renderWithApp(<NuisanceListPanel />);
    expect(await screen.findByRole('region', { name: 'Nuisance list' })).toBeInTheDocument();
    expect(await screen.findByText('No suggestions waiting.')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Refused' })).toBeInTheDocument();
  });

  it('says so when the list cannot be read (a counsellor is refused)', async () => {
    signInAs('counsellor1');
    renderWithApp(<NuisanceListPanel />);
    expect(await screen.findByText('暂时无法读取骚扰号码名单')).toBeInTheDocument();
  });
});
