import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockData } from '../../mocks';
import { seedMockContact } from '../../mocks/seed-contact';
import { renderWithApp, signInAs } from '../../test/render';
import { MyRecords } from './index';
import { RecordReviewNote } from './RecordReviewNote';

beforeEach(() => signInAs('counsellor1'));

describe('MyRecords', () => {
  it('marks a reviewed record and shows the supervisor’s review when asked; others carry no mark', async () => {
    const reviewed = seedMockContact({ answeredAt: '2026-11-01T01:00:00.000Z', status: 'completed', completedAt: '2026-11-01T01:20:00.000Z', reviewed: true });
    seedMockContact({ answeredAt: '2026-11-01T02:00:00.000Z', status: 'completed', completedAt: '2026-11-01T02:20:00.000Z' });
    mockData.reviews.set(reviewed, {
      contactId: reviewed,
      text: '第 2 题为“是”后，请继续询问第 3–5 题。',
      authorId: 's2',
      authorName: '李督导',
      createdAt: '2026-11-02T01:00:00.000Z',
      updatedAt: '2026-11-02T01:00:00.000Z',
    });
    const { user } = renderWithApp(<MyRecords canOpen regions={['0591']} ReviewNote={RecordReviewNote} />);
    const items = within(await screen.findByRole('list', { name: '我的来电记录' })).getAllByRole('listitem');
    expect(items.map((item) => within(item).queryByText('已有督导意见') !== null)).toEqual([false, true]);

    await user.click(within(items[1] as HTMLElement).getByRole('button', { name: '查看督导意见' }));
    const review = await screen.findByRole('figure', { name: '督导意见' });
    expect(review).toHaveTextContent('第 2 题为“是”后，请继续询问第 3–5 题。');
    expect(review).toHaveTextContent('李督导 · 11/02 09:00');
    await user.click(within(items[1] as HTMLElement).getByRole('button', { name: '收起督导意见' }));
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});
