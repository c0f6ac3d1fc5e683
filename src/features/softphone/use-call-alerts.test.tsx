import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, signInAs } from '../../test/render';
import { FakeTelephony } from '../../telephony';
import { Softphone } from './Softphone';
import { requestCallNotifications } from './use-call-alerts';

/** What the page asked the browser to show, in place of the desktop's notifications. */
class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static shown: FakeNotification[] = [];
  static requestPermission = vi.fn(async () => FakeNotification.permission);
  onclick: (() => void) | null = null;
  closed = false;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.shown.push(this);
  }
  close() {
    this.closed = true;
  }
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

async function ringingPhone(hidden: boolean) {
  setHidden(hidden);
  signInAs('counsellor1');
  const telephony = new FakeTelephony();
  renderWithApp(<Softphone />, { telephony });
  expect(await screen.findByText('电话已就绪，可以接听')).toBeInTheDocument();
  let callId = '';
  act(() => {
    callId = telephony.simulateIncoming('13800138000', '059112356');
  });
  return { telephony, callId };
}

describe('desktop notification of a ringing call', () => {
  beforeEach(() => {
    FakeNotification.permission = 'granted';
    FakeNotification.shown = [];
    FakeNotification.requestPermission.mockClear();
    vi.stubGlobal('Notification', FakeNotification);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setHidden(false);
  });

  it('is not shown while the workstation is in view', async () => {
    await ringingPhone(false);
    expect(FakeNotification.shown).toHaveLength(0);
  });

  it('is shown while the tab is hidden, names the line but never the caller, and brings the tab back on click', async () => {
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    await ringingPhone(true);
    expect(FakeNotification.shown).toHaveLength(1);
    const [notification] = FakeNotification.shown;
    expect(notification?.title).toBe('12356 来电');
    expect(notification?.options.body).toBe('0591 12356（福州） 有来电，请回到工作台接听');
    expect(JSON.stringify(notification?.options)).not.toMatch(/13800138000|8000/);
    notification?.onclick?.();
    expect(focus).toHaveBeenCalled();
    expect(notification?.closed).toBe(true);
  });

  it('appears when the counsellor switches away during the ring, and goes when the call stops ringing', async () => {
    const { telephony, callId } = await ringingPhone(false);
    act(() => setHidden(true));
    expect(FakeNotification.shown).toHaveLength(1);
    act(() => telephony.simulateRemoteHangUp(callId, 'caller-cancelled'));
    expect(FakeNotification.shown[0]?.closed).toBe(true);
  });

  it('is not shown without permission', async () => {
    FakeNotification.permission = 'denied';
    await ringingPhone(true);
    expect(FakeNotification.shown).toHaveLength(0);
  });

  it('asks for permission (at clock-in) only while the browser has not been answered', () => {
    FakeNotification.permission = 'default';
    requestCallNotifications();
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1);
    FakeNotification.permission = 'denied';
    requestCallNotifications();
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1);
  });
});
