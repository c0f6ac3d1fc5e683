import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockData } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { FakeTelephony } from '../../telephony';
import { IncomingCallBand } from './IncomingCallBand';
import { Softphone } from './Softphone';
import { SEAT_HOLDER_CHECK_MS } from './use-seat-phone';

async function readySoftphone() {
  signInAs('counsellor1');
  const telephony = new FakeTelephony();
  const view = renderWithApp(
    <>
      <input aria-label="notes elsewhere on the screen" />
      <IncomingCallBand />
      <Softphone />
    </>,
    { telephony },
  );
  expect(await screen.findByText('电话已就绪，可以接听')).toBeInTheDocument();
  return view;
}

describe('Softphone registration', () => {
  it('registers with credentials the API issued for this tab, never built into the page', async () => {
    const { telephony } = await readySoftphone();
    expect(telephony.identity?.credentials).toEqual({ username: '8001', password: 'mock-password', displayName: '张咨询员' });
    expect(telephony.identity?.wrapUpCallerCalls).toBe(true);
  });

  it.each([
    ['microphone-denied', /浏览器未允许使用麦克风/],
    ['no-microphone', /找不到可用的麦克风/],
    ['credentials-rejected', /拒绝了本坐席的登录凭据/],
    ['unsupported-browser', /不支持网络电话/],
  ] as const)('says why the phone failed: %s', async (failure, message) => {
    const { telephony } = await readySoftphone();
    act(() => telephony.simulateRegistration({ status: 'failed', failure }));
    expect(screen.getByText('电话不可用')).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: failure === 'credentials-rejected' ? '在此页重新接管坐席' : '重试' })).toBeInTheDocument();
  });

  it('says a registered phone gets no calls while the seat is paused mid-shift, and how to resume', async () => {
    signInAs('counsellor1');
    renderWithApp(<Softphone reach="seat-offline" />, { telephony: new FakeTelephony() });
    expect(await screen.findByText('电话已连接，但座席已暂停接听：点“恢复接听”后才会接到来电')).toBeInTheDocument();
  });

  it('counts down to the next reconnect attempt while the PBX is unreachable', async () => {
    const { telephony } = await readySoftphone();
    act(() =>
      telephony.simulateRegistration({ status: 'connecting', failure: 'pbx-unreachable', attempt: 3, retryAt: Date.now() + 4000 }),
    );
    expect(screen.getByText(/电话连接中断，\d 秒后第 3 次重连/)).toBeInTheDocument();
    expect(screen.getByText(/无法连接交换机/)).toBeInTheDocument();
  });

  it('tells an older tab plainly that the seat moved, and lets it take the seat back', async () => {
    const { telephony, user } = await readySoftphone();
    await act(() => telephony.yieldRegistration());
    expect(screen.getByText(/您的坐席已在另一个标签页或设备上登录/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '在此页重新接管坐席' }));
    expect(await screen.findByText('电话已就绪，可以接听')).toBeInTheDocument();
    expect(telephony.commands.filter((command) => command === 'connect')).toHaveLength(2);
  });

  describe('a seat taken on another device', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('is noticed from the API within one check, and said plainly', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const { telephony } = await readySoftphone();
      mockData.seatHolderTab = 'a-tab-on-the-laptop';
      await act(() => vi.advanceTimersByTimeAsync(SEAT_HOLDER_CHECK_MS + 100));
      expect(await screen.findByText(/您的坐席已在另一个标签页或设备上登录/)).toBeInTheDocument();
      expect(telephony.commands).toContain('yield');
    });

    it('changes nothing while this tab still holds the seat', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const { telephony } = await readySoftphone();
      await act(() => vi.advanceTimersByTimeAsync(3 * SEAT_HOLDER_CHECK_MS));
      expect(screen.getByText('电话已就绪，可以接听')).toBeInTheDocument();
      expect(telephony.commands).not.toContain('yield');
    });
  });

  it('keeps retrying when the API cannot issue credentials, and says so', async () => {
    signInAs('counsellor1');
    mockData.outage = true;
    renderWithApp(<Softphone />);
    expect(await screen.findByText('无法从服务器取得电话凭据，正在重试')).toBeInTheDocument();
    mockData.outage = false;
    expect(await screen.findByText('电话已就绪，可以接听', {}, { timeout: 3000 })).toBeInTheDocument();
  });
});

describe('Softphone calls', () => {
  it('alerts an incoming call with its line and the caller masked, and answers it', async () => {
    const { telephony, user } = await readySoftphone();
    let callId = '';
    act(() => {
      callId = telephony.simulateIncoming('13800138000', '059112356');
    });
    const alert = await screen.findByRole('alertdialog', { name: '来电' });
    expect(within(alert).getByText('线路：0591 12356（福州）')).toBeInTheDocument();
    expect(within(alert).getByText('来电号码：138****8000')).toBeInTheDocument();
    expect(screen.queryByText(/13800138000/)).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: /接听/ }));
    expect(telephony.commands).toContain(`answer:${callId}`);
    expect(await screen.findByText('通话中')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: '通话时长' })).toHaveTextContent('00:00');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('shows the province line for plain 12356', async () => {
    const { telephony } = await readySoftphone();
    act(() => void telephony.simulateIncoming('13800138000', '12356'));
    expect(await screen.findByText('线路：12356（福建省）')).toBeInTheDocument();
  });

  it('mutes, holds, resumes and sends DTMF from the call panel', async () => {
    const { telephony, user } = await readySoftphone();
    let callId = '';
    act(() => {
      callId = telephony.simulateIncoming('13800138000');
    });
    await user.click(await screen.findByRole('button', { name: /接听/ }));
    await user.click(await screen.findByRole('button', { name: /^静音/ }));
    expect(screen.getByText('已静音：对方听不到您的声音')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /取消静音/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /^保持/ }));
    expect(screen.getByText('通话已保持（对方听不到您的声音）')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /恢复通话/ }));
    expect(screen.getByText('通话中')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '拨号盘' }));
    const keypad = screen.getByRole('group', { name: '拨号盘' });
    await user.click(within(keypad).getByRole('button', { name: '5' }));
    await user.click(within(keypad).getByRole('button', { name: '#' }));
    expect(screen.getByText('已发送：5#')).toBeInTheDocument();
    expect(telephony.commands).toEqual(
      expect.arrayContaining([`mute:${callId}:true`, `hold:${callId}:true`, `hold:${callId}:false`, `dtmf:${callId}:5`, `dtmf:${callId}:#`]),
    );
  });

  it('shows when the other side holds and what digits it sent', async () => {
    const { telephony, user } = await readySoftphone();
    let callId = '';
    act(() => {
      callId = telephony.simulateIncoming('13800138000');
    });
    await user.click(await screen.findByRole('button', { name: /接听/ }));
    act(() => telephony.simulateCall({ id: callId, remoteHeld: true, dtmfReceived: '12' }));
    expect(screen.getByText('对方已将通话保持')).toBeInTheDocument();
    expect(screen.getByText('对方按键：12')).toBeInTheDocument();
  });

  it('goes to wrap-up after the caller hangs up, and offers the dialler again once wrap-up is done', async () => {
    const { telephony, user } = await readySoftphone();
    let callId = '';
    act(() => {
      callId = telephony.simulateIncoming('13800138000');
    });
    await user.click(await screen.findByRole('button', { name: /接听/ }));
    expect(screen.queryByRole('form', { name: '拨出电话' })).not.toBeInTheDocument();
    act(() => telephony.simulateRemoteHangUp(callId));
    expect(await screen.findByText('对方已挂断')).toBeInTheDocument();
    expect(screen.getByText(/完成记录后点“结束整理”/)).toBeInTheDocument();
    act(() => void telephony.simulateIncoming('13900139000'));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '结束整理' }));
    expect(screen.getByRole('form', { name: '拨出电话' })).toBeInTheDocument();
  });

  it('keeps a second caller out by the seat’s own rules (the call registry the real phone uses) until wrap-up is done', async () => {
    const { telephony, user } = await readySoftphone();
    let first = '';
    act(() => {
      first = telephony.simulateIncoming('13800138000');
    });
    // Ringing, talking and writing up each turn the next caller away (the real phone answers 486).
    expect(telephony.simulateIncoming('13900139001')).toBe('');
    await user.click(await screen.findByRole('button', { name: /接听/ }));
    expect(telephony.simulateIncoming('13900139002')).toBe('');
    act(() => telephony.simulateRemoteHangUp(first));
    expect(await screen.findByText('对方已挂断')).toBeInTheDocument();
    expect(telephony.simulateIncoming('13900139003')).toBe('');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '结束整理' }));
    act(() => void telephony.simulateIncoming('13900139004'));
    expect(await screen.findByRole('alertdialog')).toBeInTheDocument();
  });

  it('says the caller gave up when they hang up while ringing', async () => {
    const { telephony } = await readySoftphone();
    let callId = '';
    act(() => {
      callId = telephony.simulateIncoming('13800138000');
    });
    await screen.findByRole('alertdialog');
    act(() => telephony.simulateRemoteHangUp(callId, 'caller-cancelled'));
    expect(await screen.findByText('来电者在接通前已挂断')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('answers with Alt+A and hangs up with Alt+H, even while typing elsewhere', async () => {
    const { telephony, user } = await readySoftphone();
    let callId = '';
    act(() => {
      callId = telephony.simulateIncoming('13800138000');
    });
    await screen.findByRole('alertdialog');
    await user.click(screen.getByLabelText('notes elsewhere on the screen'));
    await user.keyboard('typing');
    await user.keyboard('{Alt>}a{/Alt}');
    expect(telephony.commands).toContain(`answer:${callId}`);
    await user.keyboard('{Alt>}m{/Alt}');
    expect(telephony.commands).toContain(`mute:${callId}:true`);
    await user.keyboard('{Alt>}p{/Alt}');
    expect(telephony.commands).toContain(`hold:${callId}:true`);
    await user.keyboard('{Alt>}h{/Alt}');
    expect(telephony.commands).toContain(`hangup:${callId}`);
    expect(screen.getByLabelText('notes elsewhere on the screen')).toHaveValue('typing');
  });

  it('declines with Alt+H pressed twice while ringing, without taking the cursor from the form', async () => {
    const { telephony, user } = await readySoftphone();
    let callId = '';
    act(() => {
      callId = telephony.simulateIncoming('13800138000');
    });
    const alert = await screen.findByRole('alertdialog');
    const notes = screen.getByLabelText('notes elsewhere on the screen');
    await user.click(notes);
    await user.keyboard('{Alt>}h{/Alt}');
    expect(within(alert).getByRole('group', { name: '确定拒接这通来电？' })).toBeInTheDocument();
    expect(telephony.commands).not.toContain(`decline:${callId}`);
    expect(notes).toHaveFocus();
    await user.keyboard('{Alt>}h{/Alt}');
    expect(telephony.commands).toContain(`decline:${callId}`);
    expect(await screen.findByText('已拒接')).toBeInTheDocument();
  });

  it('lists the shortcuts on screen', async () => {
    await readySoftphone();
    for (const label of ['Alt+A', 'Alt+H', 'Alt+M', 'Alt+P']) {
      expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    }
  });

  it('shows network quality from the call statistics', async () => {
    const { telephony, user } = await readySoftphone();
    let callId = '';
    act(() => {
      callId = telephony.simulateIncoming('13800138000');
    });
    await user.click(await screen.findByRole('button', { name: /接听/ }));
    act(() => telephony.simulateCall({ id: callId, quality: { rttMs: 420, jitterMs: 12, lossPercent: 0.5, level: 'poor' } }));
    expect(screen.getByText(/通话质量/)).toHaveTextContent('通话质量: 差');
    expect(screen.getAllByText('往返时延 420 毫秒 · 抖动 12 毫秒 · 丢包 0.5%').length).toBeGreaterThan(0);
  });
});

describe('Dialler', () => {
  it('refuses a number that is not 3 to 20 digits and dials a valid one', async () => {
    const { telephony, user } = await readySoftphone();
    const field = screen.getByLabelText('电话号码');
    await user.type(field, '12');
    await user.click(screen.getByRole('button', { name: '拨打' }));
    expect(screen.getByText('请输入 3 至 20 位数字')).toBeInTheDocument();
    expect(telephony.commands.some((command) => command.startsWith('dial:'))).toBe(false);
    await user.clear(field);
    await user.type(field, '138 0013 8000');
    await user.click(screen.getByRole('button', { name: '拨打' }));
    await waitFor(() => expect(telephony.commands).toContain('dial:13800138000'));
    expect(await screen.findByText('正在接通…')).toBeInTheDocument();
  });
});
