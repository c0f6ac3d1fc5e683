import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api';
import { mockStaffUuid } from '../mocks/training-data';
import { seedMockTrainingCall } from '../mocks/seed-training-call';
import { setLanguage } from '../i18n';
import { renderWithApp, signInAs } from '../test/render';
import { FakeTelephony } from '../telephony';
import { App } from './App';

// jsdom draws no canvas: the progress chart's figures are checked in its own test.
vi.mock('uplot', () => ({ default: class { setSize() {} destroy() {} } }));

/** Every axe-core rule that can judge a DOM without layout (jsdom computes no colours or sizes). */
async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const renderAt = (path: string) => renderWithApp(<App queryClient={createQueryClient()} createTelephony={async () => new FakeTelephony()} />, { path });

describe('the training library’s screens', () => {
  it('open a trainee’s progress from the list, with the trainer’s nav', async () => {
    signInAs('trainer1');
    const { user, location } = renderAt('/training/trainees');
    expect(await screen.findByRole('heading', { level: 1, name: '学员与考核' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '培训导航' });
    expect(within(nav).getByRole('link', { name: '学员与考核' })).toHaveAttribute('aria-current', 'page');
    await user.click(await screen.findByRole('link', { name: '查看进度：张咨询员' }));
    expect(await screen.findByRole('heading', { name: '张咨询员 的培训进度' })).toBeInTheDocument();
    expect(location.history.at(-1)).toBe(`/training/trainees/${mockStaffUuid('s1')}`);
  });

  it('show the trainee a mock call’s rubric, without the trainer’s nav', async () => {
    signInAs('counsellor1');
    const call = seedMockTrainingCall();
    renderAt(`/training/calls/${call.call.id}`);
    expect(await screen.findByRole('heading', { name: '评分表：深夜吞药的大学生' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: '培训导航' })).not.toBeInTheDocument();
    expect(screen.getByText('培训师尚未评分。')).toBeInTheDocument();
  });

  it('tell a counsellor asking for the library that it is not theirs', async () => {
    signInAs('counsellor1');
    renderAt('/training/scenarios');
    expect(await screen.findByRole('link', { name: '返回首页' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '情景案例库' })).not.toBeInTheDocument();
  });

  it('leave axe-core nothing to find, in Chinese and in English: library, form, trainees, progress, rubric', async () => {
    signInAs('trainer1');
    seedMockTrainingCall();
    const { user } = renderAt('/training/scenarios');
    await screen.findByRole('rowheader', { name: /深夜吞药的大学生/ });
    expect(await axeViolations()).toEqual([]);
    await setLanguage('en');
    expect(await screen.findByRole('rowheader', { name: /The student who swallowed pills at night/ })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Edit：The student who swallowed pills at night' }));
    await screen.findByRole('form', { name: 'Edit: 深夜吞药的大学生' });
    expect(await axeViolations()).toEqual([]);
    await setLanguage('zh-CN');
    await user.click(screen.getByRole('link', { name: '学员与考核' }));
    await screen.findByRole('rowheader', { name: '张咨询员' });
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('link', { name: '查看进度：张咨询员' }));
    await screen.findByRole('heading', { name: '张咨询员 的培训进度' });
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('link', { name: '评分表' }));
    await screen.findByRole('heading', { name: '评分表：深夜吞药的大学生' });
    expect(await axeViolations()).toEqual([]);
  });
});
