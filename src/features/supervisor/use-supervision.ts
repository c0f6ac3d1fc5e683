import { useEffect, useRef, useState } from 'react';
import { changeSupervisionMode } from '../../api/change-supervision-mode';
import { endSupervision } from '../../api/end-supervision';
import { startSupervision } from '../../api/start-supervision';
import type { BoardSeat, SupervisionMode } from '../../contract';
import { useTelephony, useTelephonyEvent, useTelephonyState, type CallSnapshot } from '../../telephony';
import { liveCall } from './board-order';
import { boardViewOf, refusalOf, type SupervisionRefusal, type WatchedCall } from './supervision-rules';

/** Where the supervisor's one supervision stands; `name` is always the counsellor's. */
export type SupervisionStage =
  | { stage: 'idle' }
  | { stage: 'starting'; name: string }
  | ({ stage: 'on'; name: string; grantId: string; legId: string } & WatchedCall)
  | { stage: 'over'; name: string; why: 'left' | 'ended'; notRecorded: boolean }
  | { stage: 'refused'; name: string; refusal: SupervisionRefusal };

export interface SupervisionControls {
  current: SupervisionStage;
  /** The supervising leg while it exists: its phase, answer time and mode as the phone has them. */
  leg: CallSnapshot | null;
  /** A mode change the API or the call did not take, with the mode that stays. */
  modeFailed: SupervisionMode | null;
  switching: boolean;
  /** One click on the board: the API's grant, then the phone dials the counsellor's seat with it. */
  start(seat: BoardSeat, mode: SupervisionMode): void;
  switchMode(mode: SupervisionMode): void;
  leave(): void;
  dismiss(): void;
}

/**
 * The supervisor's side of supervision (one call at a time): the API decides who may listen in
 * and in which mode, the phone carries it. It is over when the phone's leg ends (the counsellor's
 * phone hangs it up with the call), or when the board shows the call gone or no longer supervised.
 */
export function useSupervision(seats: readonly BoardSeat[] | null, supervisorName: string): SupervisionControls {
  const telephony = useTelephony();
  const [current, setCurrent] = useState<SupervisionStage>({ stage: 'idle' });
  const [modeFailed, setModeFailed] = useState<SupervisionMode | null>(null);
  const [switching, setSwitching] = useState(false);
  // The board shows a supervisor on the call only once the counsellor's phone has vouched for ours.
  const seenOnBoard = useRef(false);
  const legId = current.stage === 'on' ? current.legId : null;
  const leg = useTelephonyState((state) => (legId ? (state.calls.find((call) => call.id === legId) ?? null) : null));

  const finish = (id: string, answered: boolean) =>
    setCurrent((now) => {
      if (now.stage !== 'on' || now.legId !== id) return now;
      return answered ? { stage: 'over', name: now.name, why: 'ended', notRecorded: false } : { stage: 'refused', name: now.name, refusal: 'call-failed' };
    });
  useTelephonyEvent('call-ended', ({ call }) => finish(call.id, call.answeredAt !== null));
  useTelephonyEvent('supervision-ended', ({ call }) => finish(call.id, true));

  const watched = current.stage === 'on' ? current : null;
  const view = watched ? boardViewOf(seats, watched, supervisorName) : 'unknown';
  useEffect(() => {
    if (!watched) return;
    if (view === 'supervised') seenOnBoard.current = true;
    if (view === 'gone' || (view === 'unsupervised' && seenOnBoard.current)) {
      finish(watched.legId, true);
      // The counsellor's phone hangs our leg up with the call; should it be gone (a closed tab), we do.
      void telephony.hangUp(watched.legId);
    }
  });

  const start = (seat: BoardSeat, mode: SupervisionMode) => {
    const call = liveCall(seat);
    if (!call || current.stage === 'starting' || current.stage === 'on') return;
    seenOnBoard.current = false;
    setModeFailed(null);
    // No grant (and no audited start) for a call this phone cannot place now.
    if (telephony.store.getState().registration.status !== 'registered') {
      setCurrent({ stage: 'refused', name: seat.name, refusal: 'phone-offline' });
      return;
    }
    setCurrent({ stage: 'starting', name: seat.name });
    void (async () => {
      try {
        const grant = await startSupervision({ callId: call.callId, mode });
        const id = await telephony.supervise(grant, supervisorName);
        setCurrent({ stage: 'on', name: seat.name, grantId: grant.id, legId: id, staffId: seat.staffId, callId: call.callId });
      } catch (error) {
        setCurrent({ stage: 'refused', name: seat.name, refusal: refusalOf(error) });
      }
    })();
  };

  const switchMode = (mode: SupervisionMode) => {
    if (current.stage !== 'on' || switching) return;
    const { grantId, legId: id } = current;
    const before = leg?.supervision?.mode ?? mode;
    setSwitching(true);
    setModeFailed(null);
    void changeSupervisionMode({ id: grantId, mode })
      // No re-dial: the call tells the counsellor's phone, which asks the API what the mode now is.
      .then(() =>
        telephony.setSupervisionMode(id, mode).catch(async (error: unknown) => {
          // The seat never heard of it and keeps its mix: the API (and the record's log) must agree.
          await changeSupervisionMode({ id: grantId, mode: before }).catch(() => undefined);
          throw error;
        }),
      )
      .catch(() => setModeFailed(before))
      .finally(() => setSwitching(false));
  };

  const leave = () => {
    if (current.stage !== 'on') return;
    const { grantId, legId: id, name } = current;
    setCurrent({ stage: 'over', name, why: 'left', notRecorded: false });
    void telephony.hangUp(id);
    void endSupervision(grantId, 'supervisor-left').catch(() =>
      setCurrent((now) => (now.stage === 'over' && now.why === 'left' ? { ...now, notRecorded: true } : now)),
    );
  };

  return { current, leg, modeFailed, switching, start, switchMode, leave, dismiss: () => setCurrent({ stage: 'idle' }) };
}
