import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedMockTrainingCall } from '../../mocks/seed-training-call';
import { renderWithApp, signInAs } from '../../test/render';
import { TrainingResults } from './index';

beforeEach(() => signInAs('counsellor1'));

describe('TrainingResults', () => {
  it('lists the counsellor’s finished mock calls, newest first, once opened, each linking to its rubric', async () => {
    const older = seedMockTrainingCall({ grantedAt: '2026-11-18T01:00:00.000Z', startedAt: '2026-11-18T01:00:05.000Z' });
    const newer = seedMockTrainingCall({ grantedAt: '2026-11-20T01:00:00.000Z', startedAt: '2026-11-20T01:00:05.000Z' });
    seedMockTrainingCall({ state: 'live', endedAt: null });
    const { user } = renderWithApp(<TrainingResults />);
    await user.click(screen.getByRole('button', { name: '培训演练成绩' }));
    const links = await screen.findAllByRole('link', { name: '查看评分表' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([`/training/calls/${newer.call.id}`, `/training/calls/${older.call.id}`]);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('11/20 09:00深夜吞药的大学生查看评分表');
  });

  it('says when there is nothing yet', async () => {
    const { user } = renderWithApp(<TrainingResults />);
    await user.click(screen.getByRole('button', { name: '培训演练成绩' }));
    expect(await screen.findByText('还没有培训演练记录。')).toBeInTheDocument();
  });
});
