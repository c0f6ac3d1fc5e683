import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyIntake, type Intake } from '../../contract';
import { mockData } from '../../mocks';
import { seedMockContact } from '../../mocks/seed-contact';
import { loadSupervisorMessages } from '../../i18n';
import { renderWithApp, signInAs } from '../../test/render';
import { RecordReviewScreen } from './index';

beforeAll(() => loadSupervisorMessages());
beforeEach(() => signInAs('supervisor1'));

const supervisorId = () => mockData.staff.find((member) => member.username === 'supervisor1')?.id ?? '';

/** Item 2 yes and items 3–5 never asked, on a low-mood call. */
function unfinishedScreen(): Intake {
  const intake = emptyIntake('0591');
  intake.problems = [{ category: 'mood', detail: 'low-mood' }];
  intake.screener = { ...intake.screener, wishedDead: 'yes', suicidalThoughts: 'yes' };
  return intake;
}

/** `count` completed records of counsellor1, one minute apart from 08:00 Beijing on 1 November, the last the newest. */
function seedRecords(count: number, patch: (index: number) => Parameters<typeof seedMockContact>[0] = () => ({})) {
  return Array.from({ length: count }, (_, index) =>
    seedMockContact({
      answeredAt: new Date(Date.parse('2026-11-01T00:00:00Z') + index * 60_000).toISOString(),
      status: 'completed',
      completedAt: '2026-11-01T02:00:00.000Z',
      ...patch(index),
    }),
  );
}

const render = () => renderWithApp(<RecordReviewScreen meId={supervisorId()} centreAreaCode="0591" />);
const bodyRows = async () => (await screen.findAllByRole('row')).slice(1);

describe('RecordReviewScreen', () => {
  it('pages through the centre’s records on the server, newest first', async () => {
    seedRecords(23);
    const { user } = render();
    expect(await screen.findByText('共 23 条 · 第 1 / 2 页')).toBeInTheDocument();
    const first = await bodyRows();
    expect(first).toHaveLength(20);
    expect(within(first[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('11/01 08:22');
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('共 23 条 · 第 2 / 2 页')).toBeInTheDocument();
    const second = await bodyRows();
    expect(second.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['11/01 08:02', '11/01 08:01', '11/01 08:00']);
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
  });

  it('filters with the form: the API gets the chosen filters, back on page 1; a reversed date range is said, not sent', async () => {
    seedRecords(3, (index) => (index === 1 ? { riskLevel: 'high', callType: 'counselling' } : { callType: 'silent' }));
    const { user } = render();
    expect(await screen.findByText('共 3 条 · 第 1 / 1 页')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: '筛选条件' });

    await user.selectOptions(within(form).getByLabelText('风险等级'), '高');
    await user.click(within(form).getByRole('button', { name: '筛选' }));
    expect(await screen.findByText('共 1 条 · 第 1 / 1 页')).toBeInTheDocument();
    expect(within((await bodyRows())[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('11/01 08:01');

    await user.type(within(form).getByLabelText('接听日期（起）'), '2026-11-05');
    await user.type(within(form).getByLabelText('接听日期（止）'), '2026-11-01');
    await user.click(within(form).getByRole('button', { name: '筛选' }));
    expect(await within(form).findByText('截止日期不能早于起始日期')).toBeInTheDocument();
    expect(screen.getByText('共 1 条 · 第 1 / 1 页')).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: '清除条件' }));
    expect(await screen.findByText('共 3 条 · 第 1 / 1 页')).toBeInTheDocument();
    expect(within(form).getByLabelText('风险等级')).toHaveValue('');
  });

  it('opens a record read-only with its protocol check, and the review editor saves a review', async () => {
    const [id] = seedRecords(1, () => ({
      intake: unfinishedScreen(),
      riskLevel: 'moderate',
      supervisionLog: [
        { at: '2026-11-01T00:01:00.000Z', change: 'started', mode: 'listen', supervisorName: '李督导', endReason: null },
        { at: '2026-11-01T00:05:00.000Z', change: 'ended', mode: null, supervisorName: '李督导', endReason: 'call-ended' },
      ],
    }));
    const { user } = render();
    const list = await screen.findByRole('table');
    expect(within(list).getByText('规程未完成 1 项')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: /^查看 11\/01 08:00 张咨询员/ }));

    const checks = await screen.findByRole('list', { name: '规程核查' });
    expect(within(checks).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '✓询问自杀风险筛查第 1、2 题已完成',
      '⚠第 2 题为“是”时追问第 3–5 题未完成',
    ]);
    expect(screen.getByText('情绪低落 / 焦虑 · 情绪低落')).toBeInTheDocument();
    expect(screen.getByText('11/01 08:01 李督导 开始督导（监听）')).toBeInTheDocument();
    expect(screen.getByText('11/01 08:05 李督导 结束督导：通话结束')).toBeInTheDocument();

    const editor = screen.getByRole('form', { name: '督导意见' });
    await user.click(within(editor).getByRole('button', { name: '保存督导意见' }));
    expect(await within(editor).findByText('此项必填')).toBeInTheDocument();
    await user.type(within(editor).getByLabelText('督导意见'), '第 2 题为“是”后，请继续询问第 3–5 题。');
    await user.click(within(editor).getByRole('button', { name: '保存督导意见' }));
    expect(await within(editor).findByRole('status')).toHaveTextContent('已保存');
    expect(mockData.reviews.get(id ?? '')?.text).toBe('第 2 题为“是”后，请继续询问第 3–5 题。');
    expect(await screen.findByText(/^李督导 于 .* 撰写$/)).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getByText('已审阅')).toBeInTheDocument();
  });

  it('shows another supervisor’s review as written, without an editor', async () => {
    const [id] = seedRecords(1);
    mockData.reviews.set(id ?? '', {
      contactId: id ?? '',
      text: '处置得当。',
      authorId: 'someone-else',
      authorName: '周督导',
      createdAt: '2026-11-02T01:00:00.000Z',
      updatedAt: '2026-11-02T01:00:00.000Z',
    });
    const { user } = render();
    await user.click(await screen.findByRole('button', { name: /^查看/ }));
    expect(await screen.findByText('处置得当。')).toBeInTheDocument();
    expect(screen.getByText('这条意见由 周督导 撰写，只有撰写人可以修改。')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '督导意见' })).not.toBeInTheDocument();
  });
});
