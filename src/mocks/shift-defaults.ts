import type { CentreSettings, Handover, SeatView } from '../contract';

export const mockCentreSettings: CentreSettings = {
  shifts: [
    { id: 'day', nameZh: '白班', nameEn: 'Day', start: '08:00', end: '16:00' },
    { id: 'evening', nameZh: '小夜班', nameEn: 'Evening', start: '16:00', end: '00:00' },
    { id: 'night', nameZh: '大夜班', nameEn: 'Night', start: '00:00', end: '08:00' },
  ],
  wrapUpLimitSec: 300,
  wrapUpExtensionSec: 180,
  debriefBreakSec: 300,
  continuousTalkWarnSec: 7200,
  breakResetsAfterSec: 900,
  crisisCallsInRowWarn: 3,
};

export function offlineSeat(): SeatView {
  return {
    seat: { status: 'offline', since: new Date().toISOString(), wrapUpEndsAt: null, wrapUpExtended: false, breakKind: null },
    session: null,
    settings: mockCentreSettings,
  };
}

export const emptyHandover: Handover = { notes: [], followUps: [], openRescues: [] };
