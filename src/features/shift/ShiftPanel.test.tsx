import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SeatView, ShiftSession } from '../../contract';
import { mockData } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { ShiftPanel } from './ShiftPanel';

/** 10:00 in Beijing. */
const start = new Date('2026-11-22T02:00:00.000Z');

function session(patch: Partial<ShiftSession> = {}): ShiftSession {
  return { id: '1e0a7c9e-2b1f-4c3d-9e8f-0a1b2c3d4e5f', clockedInAt: '2026-11-22T00:00:00.000Z', clockedOutAt: null, calls: [], breaks: [], ...patch };
}

function seated(status: SeatView['seat']['status'], patch: Partial<SeatView['seat']> = {}, sessionPatch?: Partial<ShiftSession>) {
  mockData.seat = {
    ...mockData.seat,
    session: session(sessionPatch),
    seat: { status, since: start.toISOString(), wrapUpEndsAt: null, wrapUpExtended: false, breakKind: null, ...patch },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.setSystemTime(start);
  signInAs('counsellor1');
});

afterEach(() => {
  vi.useRealTimers();
});

const seatStatus = () => document.querySelector('[data-seat-status]')?.getAttribute('data-seat-status');

describe('ShiftPanel', () => {
  it('shows Beijing time and the current shift with what is left of it', async () => {
    renderWithApp(<ShiftPanel />);
    expect(await screen.findByText(/^白班 08:00–16:00 · 还剩 (6:00:00|5:59:5\d)$/)).toBeInTheDocument();
    expect(screen.getByText(/^10:00:0\d$/)).toBeInTheDocument();
  });

  it('takes calls only after clock-in, and shows the handover of the shift before', async () => {
    mockData.handover = {
      notes: [{ counsellorName: '李咨询员', clockedOutAt: '2026-11-22T00:00:00.000Z', note: '0591 的王同学明早需要回访' }],
      followUps: [],
      openRescues: [],
    };
    const onClockIn = vi.fn();
    const { user } = renderWithApp(<ShiftPanel onClockIn={onClockIn} />);
    expect(await screen.findByText('您尚未上班打卡：打卡后才会接到来电。')).toBeInTheDocument();
    expect(await screen.findByText('0591 的王同学明早需要回访')).toBeInTheDocument();
    expect(onClockIn).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '上班打卡，开始接听' }));
    // The workstation asks for desktop notifications here, inside the click the browser requires.
    expect(onClockIn).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('可接听')).toBeInTheDocument();
    expect(screen.getByLabelText('本班次统计')).toHaveTextContent('接听来电0');
  });

  it('takes a break and comes back', async () => {
    seated('available');
    const { user } = renderWithApp(<ShiftPanel />);
    await user.click(await screen.findByRole('button', { name: '小休' }));
    expect(await screen.findByText('小休', { selector: 'span' })).toBeInTheDocument();
    expect(seatStatus()).toBe('break');
    await user.click(screen.getByRole('button', { name: '结束小休，恢复接听' }));
    expect(await screen.findByText('可接听')).toBeInTheDocument();
  });

  it('after signing out mid-shift, says the seat is not taking calls and takes calls again in one click', async () => {
    seated('offline');
    const { user } = renderWithApp(<ShiftPanel />);
    expect(await screen.findByText('暂停接听')).toBeInTheDocument();
    expect(screen.getByText('您签退后座席已暂停接听，来电不会分配给您。班次仍在计时。')).toBeInTheDocument();
    // Still on shift: no new clock-in asked for, clock-out still offered.
    expect(screen.queryByText('您尚未上班打卡：打卡后才会接到来电。')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下班打卡' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '恢复接听' }));
    expect(await screen.findByText('可接听')).toBeInTheDocument();
    expect(seatStatus()).toBe('available');
    expect(mockData.seat.seat.status).toBe('available');
    expect(screen.queryByRole('button', { name: '恢复接听' })).not.toBeInTheDocument();
  });

  it('counts wrap-up down and returns the seat to available when its time is up', async () => {
    seated('wrap-up', { wrapUpEndsAt: new Date(start.getTime() + 60_000).toISOString() });
    renderWithApp(<ShiftPanel />);
    expect(await screen.findByText(/^整理剩余 (01:00|00:5\d)$/)).toBeInTheDocument();
    await act(async () => {
      vi.setSystemTime(start.getTime() + 30_000);
      await vi.advanceTimersByTimeAsync(2000);
    });
    expect(screen.getByText(/整理剩余 00:(2\d|30)/)).toBeInTheDocument();
    await act(async () => {
      vi.setSystemTime(start.getTime() + 61_000);
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(await screen.findByText('可接听')).toBeInTheDocument();
    expect(mockData.seat.seat.status).toBe('available');
  });

  it('extends wrap-up once, with a reason', async () => {
    seated('wrap-up', { wrapUpEndsAt: new Date(start.getTime() + 60_000).toISOString() });
    const { user } = renderWithApp(<ShiftPanel />);
    await user.click(await screen.findByRole('button', { name: '延长整理 3 分钟' }));
    await user.type(screen.getByLabelText('延长原因'), '来电者情况复杂，记录较多');
    await user.click(screen.getByRole('button', { name: '延长' }));
    expect(await screen.findByText(/整理剩余 0[34]:\d\d/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '延长整理 3 分钟' })).not.toBeInTheDocument();
    expect(mockData.seat.seat.wrapUpExtended).toBe(true);
  });

  it('offers a debrief break after a crisis call, which the counsellor may decline', async () => {
    seated('break', { breakKind: 'debrief' });
    const { user } = renderWithApp(<ShiftPanel />);
    expect(await screen.findByText(/刚才是一通高风险来电/)).toBeInTheDocument();
    expect(screen.getByText(/^休息剩余 (05:00|04:5\d)$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '不需要休息，恢复接听' }));
    expect(await screen.findByText('可接听')).toBeInTheDocument();
  });

  it('ends a debrief break by itself when its time is up', async () => {
    seated('break', { breakKind: 'debrief' });
    renderWithApp(<ShiftPanel />);
    await screen.findByText(/刚才是一通高风险来电/);
    await act(async () => {
      vi.setSystemTime(start.getTime() + 301_000);
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(await screen.findByText('可接听')).toBeInTheDocument();
  });

  it('warns after three crisis calls in a row and after long talk', async () => {
    const call = (hour: string, risk: 'high' | 'imminent') => ({
      answeredAt: `2026-11-22T${hour}:00:00.000Z`,
      endedAt: `2026-11-22T${hour}:50:00.000Z`,
      riskLevel: risk,
    });
    seated('available', {}, { calls: [call('00', 'high'), call('01', 'imminent')] });
    mockData.seat.session?.calls.push({ answeredAt: '2026-11-22T01:51:00.000Z', endedAt: null, riskLevel: 'high' });
    // This centre warns after 100 minutes of talk; the counsellor has talked 50 + 50 + 9.
    mockData.seat.settings = { ...mockData.seat.settings, continuousTalkWarnSec: 6000 };
    renderWithApp(<ShiftPanel />);
    expect(await screen.findByText('您已连续接听 3 通高风险来电，建议稍作休息，并与督导聊一聊。')).toBeInTheDocument();
    expect(screen.getByText(/您已连续通话 1:(49|50):\d\d/)).toBeInTheDocument();
    expect(screen.getByLabelText('本班次统计')).toHaveTextContent('危机来电3');
  });

  it('clocks out with a handover note and shows the shift summary', async () => {
    seated('available');
    const { user } = renderWithApp(<ShiftPanel />);
    await user.click(await screen.findByRole('button', { name: '下班打卡' }));
    await user.type(screen.getByLabelText('交班留言'), '请跟进 138****8000 的随访');
    await user.click(screen.getByRole('button', { name: '确认下班' }));
    expect(await screen.findByText('本班次小结')).toBeInTheDocument();
    expect(mockData.handoverNotes).toEqual(['请跟进 138****8000 的随访']);
    expect(screen.getByRole('button', { name: '上班打卡，开始接听' })).toBeInTheDocument();
  });
});
