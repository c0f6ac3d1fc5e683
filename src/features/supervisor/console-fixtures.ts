import { beforeEach, vi } from 'vitest';
import { emptySnapshot, mockLiveStream, type MockLiveStream } from '../../mocks';
import { mockServer } from '../../mocks/node';
import { FetchEventSource } from '../../test/event-source';
import type { QueryClient } from '@tanstack/react-query';
import type { BoardSeat, CentreAlert, LineQueue, LiveCall, LiveSnapshot, RiskLevel, SeatState } from '../../contract';

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
    trainee: false,
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
    protocolMissesToday: 0,
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

let stream: MockLiveStream;
let snapshot: LiveSnapshot;

// Every test of the console gets its own live centre: the real client (src/api/live.ts) reads
// it through msw, as it reads GET /api/events from the API.
beforeEach(() => {
  stream = mockLiveStream();
  snapshot = emptySnapshot();
  mockServer.use(stream.handler);
  vi.stubGlobal('EventSource', FetchEventSource);
});

/** The centre changes as the API would tell it: the stream drops and the client reconnects to a new snapshot. */
export function feedLive(_queryClient: QueryClient, live: { seats?: BoardSeat[]; queue?: LineQueue[]; alerts?: CentreAlert[] }): void {
  snapshot = { ...snapshot, ...live };
  stream.setSnapshot(snapshot);
  stream.dropAll();
}
