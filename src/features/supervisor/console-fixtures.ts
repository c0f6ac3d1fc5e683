import { act } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import type { BoardSeat, CentreAlert, LineQueue, LiveCall, RiskLevel, SeatState } from '../../contract';
import type { LiveConnection } from './use-console-data';

/** Test data for the console's panels, in the shapes the event stream fills the caches with. */
export const ago = (sec: number) => new Date(Date.now() - sec * 1000).toISOString();

export function boardSeat(
  name: string,
  extension: string,
  state: Partial<SeatState> = {},
  call: { risk: RiskLevel; answeredSecAgo: number; supervisedBy?: LiveCall['supervisedBy'] } | null = null,
  fatigue: BoardSeat['fatigue'] = [],
): BoardSeat {
  return {
    staffId: `staff-${extension}`,
    name,
    extension,
    seat: { status: call ? 'on-call' : 'available', since: ago(120), wrapUpEndsAt: null, wrapUpExtended: false, breakKind: null, ...state },
    clockedIn: (state.status ?? 'available') !== 'offline',
    call: call
      ? {
          callId: `call-${extension}`,
          contactId: null,
          line: '059112356',
          answeredAt: ago(call.answeredSecAgo),
          riskLevel: call.risk,
          supervisedBy: call.supervisedBy ?? null,
        }
      : null,
    fatigue,
  };
}

export function lineQueue(line: string, counts: Partial<LineQueue['today']>, waiting = 0, waitingSecAgo: number | null = null, hours: LineQueue['hours'] = []): LineQueue {
  return {
    line,
    areaCode: line === '12356' ? null : line.slice(0, 4),
    waiting,
    oldestWaitingSince: waitingSecAgo === null ? null : ago(waitingSecAgo),
    today: {
      offered: 0,
      answered: 0,
      abandoned: 0,
      abandonedAvgWaitSec: null,
      overflowed: 0,
      busy: 0,
      answeredInServiceLevel: 0,
      avgWaitSec: null,
      avgTalkSec: null,
      ...counts,
    },
    hours,
  };
}

let alertCount = 0;
export function centreAlert(kind: CentreAlert['kind'], fields: Partial<CentreAlert> = {}): CentreAlert {
  alertCount += 1;
  return {
    id: `00000000-0000-4000-8000-${String(alertCount).padStart(12, '0')}`,
    kind,
    raisedAt: ago(30),
    staffId: kind === 'nobody-available' ? null : 'staff-8001',
    staffName: kind === 'nobody-available' ? null : '张咨询员',
    reason: null,
    line: kind === 'imminent-call' || kind === 'long-call' ? '059112356' : null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    ...fields,
  };
}

/** What the event stream would have put in the caches by now. */
export function feedLive(
  queryClient: QueryClient,
  live: { seats?: BoardSeat[]; queue?: LineQueue[]; alerts?: CentreAlert[]; connection?: LiveConnection },
): void {
  act(() => {
    if (live.seats) queryClient.setQueryData(['live', 'seats'], live.seats);
    if (live.queue) queryClient.setQueryData(['live', 'queue'], live.queue);
    if (live.alerts) queryClient.setQueryData(['live', 'alerts'], live.alerts);
    if (live.connection) queryClient.setQueryData(['live', 'connection'], live.connection);
  });
}
