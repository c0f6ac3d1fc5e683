import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CentreAlert } from '../../contract';
import { loadSupervisorMessages, setLanguage } from '../../i18n';
import { mockData } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { SupervisorConsole } from './SupervisorConsole';
import { ago, centreAlert, feedLive } from './console-fixtures';

/** What the page asked the browser to show, in place of the desktop's notifications. */
class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static shown: FakeNotification[] = [];
  static requestPermission = vi.fn(async () => FakeNotification.permission);
  onclick: (() => void) | null = null;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.shown.push(this);
  }
  close() {}
}

/** Counts the beeps the page synthesises, in place of the sound card. */
class FakeAudioContext {
  static oscillators = 0;
  currentTime = 0;
  destination = {};
  createGain() {
    return { connect() {}, gain: { setValueAtTime() {} } };
  }
  createOscillator() {
    FakeAudioContext.oscillators += 1;
    return { frequency: { value: 0 }, connect() {}, start() {}, stop() {} };
  }
  close() {
    return Promise.resolve();
  }
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
}

beforeAll(() => loadSupervisorMessages());
beforeEach(() => {
  FakeNotification.permission = 'granted';
  FakeNotification.shown = [];
  FakeAudioContext.oscillators = 0;
  vi.stubGlobal('Notification', FakeNotification);
  vi.stubGlobal('AudioContext', FakeAudioContext);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setHidden(false);
});

const help = () => centreAlert('help', { reason: '来电者情绪激动，需要督导旁听', raisedAt: ago(20) });
const imminent = () => centreAlert('imminent-call', { raisedAt: ago(5) });
const nobody = () => centreAlert('nobody-available', { raisedAt: ago(90) });

function renderAlerts(alerts: ReturnType<typeof centreAlert>[]) {
  signInAs('supervisor1');
  mockData.alerts = alerts.map((alert) => ({ ...alert }));
  const rendered = renderWithApp(<SupervisorConsole areaCode="0591" />);
  feedLive(rendered.queryClient, { alerts });
  return rendered;
}

const openList = () => screen.findByRole('list', { name: '待处理' });

describe('the alerts panel', () => {
  it('lists open alerts newest first, each in its own words', async () => {
    renderAlerts([nobody(), imminent(), help()]);
    const items = within(await openList()).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(['紧急风险来电', '咨询员求助', '排队无人接听']);
    expect(items[0]).toHaveTextContent('张咨询员 正在接听的来电（0591 12356（福州））已评估为紧急风险');
    expect(items[1]).toHaveTextContent('张咨询员 请求督导协助：来电者情绪激动，需要督导旁听');
    expect(items[2]).toHaveTextContent('有来电者正在排队，但目前没有可接听的咨询员');
  });

  it('acknowledges an alert: it leaves the open list and shows who acknowledged it and when, in Beijing time', async () => {
    const { user } = renderAlerts([imminent(), help()]);
    const list = await openList();
    await user.click(within(list).getByRole('button', { name: /^确认收到：张咨询员 请求督导协助/ }));
    const done = await screen.findByRole('list', { name: '已确认' });
    expect(within(done).getByRole('listitem', { name: '咨询员求助' })).toHaveTextContent(/李督导 于 \d\d:\d\d 确认/);
    expect(within(list).getAllByRole('listitem').map((item) => item.getAttribute('aria-label'))).toEqual(['紧急风险来电']);
    expect(mockData.alerts.find((alert) => alert.kind === 'help')?.acknowledgedBy).toBe('李督导');
  });

  it('says so when an acknowledgement does not go through, and keeps the alert open', async () => {
    const { user } = renderAlerts([help()]);
    mockData.alerts = [];
    const list = await openList();
    await user.click(within(list).getByRole('button', { name: /^确认收到/ }));
    expect(await within(list).findByRole('alert')).toHaveTextContent('确认未成功，请重试。');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  it('beeps for a new alert, and while the tab is hidden shows a notification that names no caller or counsellor', async () => {
    const { queryClient } = renderAlerts([nobody()]);
    await openList();
    // Open when the console loaded: on screen already, no sound.
    expect(FakeAudioContext.oscillators).toBe(0);
    setHidden(true);
    const fresh = imminent();
    feedLive(queryClient, { alerts: [...(queryClient.getQueryData<CentreAlert[]>(['live', 'alerts']) ?? []), fresh] });
    expect(await screen.findByRole('listitem', { name: '紧急风险来电' })).toBeInTheDocument();
    expect(FakeAudioContext.oscillators).toBe(2);
    expect(FakeNotification.shown).toHaveLength(1);
    const [notification] = FakeNotification.shown;
    expect(notification?.title).toBe('紧急风险来电');
    expect(notification?.options.tag).toBe(fresh.id);
    expect(JSON.stringify(notification?.options)).not.toMatch(/张咨询员|0591|12356/);
  });

  it('shows no notification while the console is in view, only the tone', async () => {
    const { queryClient } = renderAlerts([]);
    await screen.findByText('目前没有待处理的提醒。');
    feedLive(queryClient, { alerts: [help()] });
    expect(await screen.findByRole('listitem', { name: '咨询员求助' })).toBeInTheDocument();
    expect(FakeAudioContext.oscillators).toBe(2);
    expect(FakeNotification.shown).toHaveLength(0);
  });

  it('asks for notification permission from a button, never by itself', async () => {
    FakeNotification.permission = 'default';
    const { user } = renderAlerts([]);
    const button = await screen.findByRole('button', { name: '开启桌面通知' });
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled();
    FakeNotification.permission = 'granted';
    await user.click(button);
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: '开启桌面通知' })).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    renderAlerts([help()]);
    await openList();
    await act(() => setLanguage('en'));
    const list = await screen.findByRole('list', { name: 'Open' });
    expect(within(list).getByRole('listitem', { name: 'Help requested' })).toHaveTextContent('张咨询员 asks for a supervisor: 来电者情绪激动，需要督导旁听');
    expect(within(list).getByRole('button', { name: /^Acknowledge: / })).toBeInTheDocument();
  });
});
