import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { mockData } from '../mocks';
import { mockServer } from '../mocks/node';
import { loadSupervisorMessages, setLanguage } from '../i18n';
import { renderWithApp, signInAs } from '../test/render';
import { FakeTelephony } from '../telephony';
import { App } from './App';
import { SupervisorPage } from './SupervisorPage';
import { boardSeat, centreAlert, feedLive, lineQueue } from '../features/supervisor/console-fixtures';
import { createQueryClient } from '../api';

// jsdom draws no canvas: the chart's figures are checked in the queue panel's test.
vi.mock('uplot', () => ({ default: class { setSize() {} destroy() {} } }));

beforeAll(() => loadSupervisorMessages());

function supervisor() {
  signInAs('supervisor1');
  const me = mockData.signedIn;
  if (!me) throw new Error('not signed in');
  return me;
}

function renderConsole(telephony = new FakeTelephony()) {
  const rendered = renderWithApp(<SupervisorPage me={supervisor()} />, { telephony });
  const alerts = [centreAlert('imminent-call'), centreAlert('help', { reason: '需要督导旁听' }), centreAlert('long-call', { acknowledgedAt: new Date().toISOString(), acknowledgedBy: '李督导' })];
  mockData.alerts = alerts;
  feedLive(rendered.queryClient, {
    seats: [
      boardSeat('孙三', '8003', {}, { risk: 'imminent', answeredSecAgo: 200, supervisedBy: { name: '李督导', mode: 'whisper' } }),
      boardSeat('李四', '8004', { status: 'wrap-up', wrapUpEndsAt: new Date(Date.now() + 30_000).toISOString() }),
      boardSeat('周五', '8005', {}, null, ['crisis-calls-in-row']),
    ],
    queue: [lineQueue('059112356', { offered: 5, answered: 4, abandoned: 1, answeredInServiceLevel: 3 }, 1, 40, [{ hour: new Date().toISOString(), offered: 5, answered: 4, abandoned: 1 }])],
    alerts,
  });
  return rendered;
}

/** Every axe-core rule that can judge a DOM without layout (jsdom computes no colours or sizes). */
async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { resultTypes: ['violations'] });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('the supervisor’s screen', () => {
  it('is a supervisor’s home, with the workstation a link away', async () => {
    supervisor();
    const { location } = renderWithApp(<App queryClient={createQueryClient()} createTelephony={async () => new FakeTelephony()} />);
    expect(await screen.findByRole('heading', { level: 1, name: '督导台' })).toBeInTheDocument();
    expect(location.history.at(-1)).toBe('/supervisor');
    expect(screen.getByRole('link', { name: '打开接线工作台' })).toHaveAttribute('href', '/workstation');
  });

  it('shows whether its data is live, and when the stream has stopped', async () => {
    const { queryClient } = renderConsole();
    expect(await screen.findByRole('status', { name: '实时数据' })).toHaveTextContent('实时更新中');
    // The API refuses the stream from now on (signed out elsewhere): the console says its data stopped.
    mockServer.use(http.get('/api/events', () => new HttpResponse(null, { status: 401 })));
    feedLive(queryClient, {});
    expect(await screen.findByText('实时数据已断开，请刷新页面或重新登录')).toBeInTheDocument();
  });

  it('has no axe-core violations, in Chinese and in English', async () => {
    renderConsole();
    await screen.findByRole('img', { name: /近 1 小时/ });
    expect(within(screen.getByRole('region', { name: '督导提醒' })).getAllByRole('listitem')).toHaveLength(3);
    expect(await axeViolations()).toEqual([]);
    // What jsdom cannot check (it has no layout): a panel that overflows with nothing to focus
    // in it can still be scrolled from the keyboard.
    for (const name of ['来电排队', '坐席状态', '督导提醒']) {
      expect(screen.getByRole('region', { name }).querySelector('[tabindex="0"]')).not.toBeNull();
    }
    await setLanguage('en');
    await screen.findByRole('heading', { level: 1, name: 'Supervisor console' });
    expect(await axeViolations()).toEqual([]);
  });

  it('keeps a phone that only places supervision calls, and shows what keeps it from dialling', async () => {
    const telephony = new FakeTelephony();
    const { user } = renderConsole(telephony);
    await expect.poll(() => telephony.identity).toMatchObject({ placesCallsOnly: true, credentials: { username: 'sv8101' } });
    expect(telephony.store.getState().registration).toMatchObject({ status: 'registered', receivesCalls: false });
    telephony.simulateRegistration({ status: 'failed', failure: 'microphone-denied' });
    const panel = await screen.findByRole('region', { name: '督导通话' });
    expect(within(panel).getByRole('alert')).toHaveTextContent('浏览器未允许使用麦克风');
    await user.click(within(panel).getByRole('button', { name: '重试' }));
    await expect.poll(() => telephony.commands.filter((command) => command === 'connect')).toHaveLength(2);
  });
});
