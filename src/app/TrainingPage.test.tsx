import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../api';
import { renderWithApp, signInAs } from '../test/render';
import { FakeTelephony } from '../telephony';
import { App } from './App';

describe('the trainer’s screen', () => {
  it('is a trainer’s home: the mock-call console, its phone registered as the practice target, the other training screens a link away', async () => {
    signInAs('trainer1');
    const telephony = new FakeTelephony();
    const { location, user } = renderWithApp(<App queryClient={createQueryClient()} createTelephony={async () => telephony} />);
    expect(await screen.findByRole('heading', { level: 1, name: '培训台' })).toBeInTheDocument();
    expect(location.history.at(-1)).toBe('/training');
    const nav = screen.getByRole('navigation', { name: '培训导航' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['培训台', '/training'],
      ['情景案例库', '/training/scenarios'],
      ['学员与考核', '/training/trainees'],
      ['来电模拟器', '/simulator'],
    ]);
    await expect.poll(() => telephony.identity).toMatchObject({ credentials: { username: 'tr8201' } });
    expect(telephony.store.getState().registration).toMatchObject({ status: 'registered', receivesCalls: true });
    // Ready to dial once a trainee and a scenario are chosen.
    await user.selectOptions(screen.getByLabelText('学员'), await screen.findByRole('option', { name: /张咨询员/ }));
    await user.selectOptions(screen.getByLabelText('情景案例'), await screen.findByRole('option', { name: '深夜吞药的大学生' }));
    expect(screen.getByRole('button', { name: '拨打学员座席' })).toBeEnabled();
  });
});
