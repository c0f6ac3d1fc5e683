import { api, defaultCentreSettings, type SeatChange, type SeatView } from '../contract';
import { mockData } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';
import { offlineSeat } from './shift-defaults';

function me() {
  if (!mockData.signedIn) throw new MockApiError(401, 'unauthenticated');
  return mockData.signedIn;
}

function seatAfter(view: SeatView, change: SeatChange): SeatView {
  const now = new Date();
  const seat = { ...view.seat, since: now.toISOString() };
  switch (change.change) {
    case 'available':
      if (!view.session) throw new MockApiError(409, 'conflict');
      return { ...view, seat: { ...seat, status: 'available', wrapUpEndsAt: null, wrapUpExtended: false, breakKind: null } };
    case 'on-call':
      return { ...view, seat: { ...seat, status: 'on-call', wrapUpEndsAt: null, breakKind: null } };
    case 'wrap-up':
      return {
        ...view,
        seat: { ...seat, status: 'wrap-up', wrapUpEndsAt: new Date(now.getTime() + view.settings.wrapUpLimitSec * 1000).toISOString(), wrapUpExtended: false },
      };
    case 'break':
      return { ...view, seat: { ...seat, status: 'break', breakKind: change.kind, wrapUpEndsAt: null } };
    case 'extend-wrap-up': {
      if (view.seat.status !== 'wrap-up' || view.seat.wrapUpExtended || !view.seat.wrapUpEndsAt) throw new MockApiError(409, 'conflict');
      const ends = Date.parse(view.seat.wrapUpEndsAt) + view.settings.wrapUpExtensionSec * 1000;
      return { ...view, seat: { ...view.seat, wrapUpEndsAt: new Date(ends).toISOString(), wrapUpExtended: true } };
    }
  }
}

/** The shift endpoints of the mock API, with the real seat rules. */
export const shiftHandlers = [
  mockEndpoint(api.seat, () => {
    me();
    return mockData.seat;
  }),
  mockEndpoint(api.changeSeat, ({ body }) => {
    me();
    mockData.seat = seatAfter(mockData.seat, body);
    return mockData.seat;
  }),
  mockEndpoint(api.clockIn, () => {
    me();
    const session = mockData.seat.session ?? {
      id: crypto.randomUUID(),
      clockedInAt: new Date().toISOString(),
      clockedOutAt: null,
      calls: [],
      breaks: [],
    };
    mockData.seat = { ...mockData.seat, session, seat: { ...mockData.seat.seat, status: 'available', since: new Date().toISOString() } };
    return mockData.seat;
  }),
  mockEndpoint(api.clockOut, ({ body }) => {
    me();
    const session = mockData.seat.session;
    if (!session) throw new MockApiError(409, 'conflict');
    mockData.handoverNotes.push(body.handoverNote);
    mockData.seat = offlineSeat();
    return {
      clockedInAt: session.clockedInAt,
      clockedOutAt: new Date().toISOString(),
      callsTaken: session.calls.length,
      talkSec: 0,
      crisisCalls: 0,
      breakSec: 0,
    };
  }),
  mockEndpoint(api.handover, () => {
    me();
    return mockData.handover;
  }),
  mockEndpoint(api.centreSettings, () => {
    me();
    return defaultCentreSettings;
  }),
];
