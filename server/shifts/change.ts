import type { SeatChange, SeatView } from '../../src/contract';
import { audit } from '../audit';
import type { SignedIn } from '../auth/sessions';
import type { CentreSettingsOverrides } from '../config';
import { ApiError } from '../http/errors';
import type { Store } from '../store/store';
import { enterStatus, extendWrapUp, lockSeat } from './seat';
import { seatStep } from './seat-step';
import { loadCentreSettings } from './settings';
import { openSession, seatView } from './view';

/** Applies a change the counsellor's screen asks for; 409 when the seat's status does not allow it. */
export async function changeSeat(store: Store, auth: SignedIn, change: SeatChange, overrides: CentreSettingsOverrides): Promise<SeatView> {
  return store.transaction(async (tx) => {
    const seat = await lockSeat(tx, auth.staffId);
    const clockedIn = (await openSession(tx, auth.staffId)) !== undefined;
    const settings = await loadCentreSettings(tx, auth.centreAreaCode, overrides);
    const step = seatStep(seat, change, { clockedIn, settings });
    if (!step) throw new ApiError(409, 'conflict');

    if (step.kind === 'enter') await enterStatus(tx, auth.staffId, step);
    if (step.kind === 'extend') {
      await extendWrapUp(tx, auth.staffId, step.bySec);
      await audit(tx, {
        staffId: auth.staffId,
        action: 'seat.extend-wrap-up',
        subjectType: 'seat',
        subjectId: auth.staffId,
        detail: { reason: step.reason, callId: seat.currentCallId, bySec: step.bySec },
      });
    }
    return seatView(tx, auth, overrides);
  });
}
