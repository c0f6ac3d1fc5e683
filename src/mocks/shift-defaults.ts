import { defaultCentreSettings, type Handover, type SeatView } from '../contract';

export function offlineSeat(): SeatView {
  return {
    seat: { status: 'offline', since: new Date().toISOString(), wrapUpEndsAt: null, wrapUpExtended: false, breakKind: null },
    session: null,
    settings: defaultCentreSettings,
    heldByRecord: false,
  };
}

export const emptyHandover: Handover = { notes: [], followUps: [], openRescues: [] };
