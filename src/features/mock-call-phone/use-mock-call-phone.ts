import { useMemo, useRef, useState } from 'react';
import { endSupervision } from '../../api/end-supervision';
import { startSupervision } from '../../api/start-supervision';
import { parsePracticeFor } from '../../contract';
import type { TrainingGrant } from '../../contract/training';
import { useTelephony, useTelephonyEvent, useTelephonyState, type CallSnapshot, type RegistrationState } from '../../telephony';
import { useTrainingPhone } from './use-training-phone';

/** Where the trainer's one mock call stands on the console's phone. */
export type MockCallStage =
  | { stage: 'idle' }
  /** Dialling the trainee's seat; it rings there once the trainee's phone had the API vouch for it. */
  | { stage: 'dialling'; grant: TrainingGrant; legId: string }
  | { stage: 'on'; grant: TrainingGrant; legId: string }
  /**
   * answered: the trainee took it; rejectedWith: the SIP status a mock call that never rang was
   * refused with (403: the trainee's phone had no word from the API for it, 486: the seat was busy);
   * transferredTo: the trainee blind-transferred the caller, to this number (as asked; it reached
   * the console, which plays the target too, so no call was placed for it).
   */
  | { stage: 'over'; grant: TrainingGrant; answered: boolean; rejectedWith: number | null; transferredTo: string | null }
  | { stage: 'failed'; reason: 'phone-offline' | 'call-failed' };

/** A call from the trainee's seat to the practice target (their 110, 120, a transfer or consultation). */
export interface PracticeCall {
  call: CallSnapshot;
  /** The number the trainee asked for ("120"), when their phone said; null for a blind transfer it could not. */
  askedFor: string | null;
}

/** The whisper hint: the trainer speaks to the trainee only, the mock caller muted meanwhile. */
export type HintStage = 'off' | 'starting' | 'speaking' | 'failed';

export interface MockCallPhone {
  /** The console's phone: registered as the trainer's practice identity (tr<ext>), so practice calls reach it. */
  registration: RegistrationState;
  credentialsFailed: boolean;
  reconnect(): void;
  call: MockCallStage;
  /** The mock-caller leg while it exists (phase, answer time, muted). */
  leg: CallSnapshot | null;
  /** Practice calls ringing or up on the console, oldest first. */
  practiceCalls: PracticeCall[];
  hint: HintStage;
  /** Dials the trainee's seat with the grant the API gave (POST /api/training/calls). */
  placeCall(grant: TrainingGrant): void;
  /** Hangs the mock call up (the console's end; the API is told by the screen). */
  hangUp(): void;
  answerPractice(callId: string): void;
  hangUpPractice(callId: string): void;
  /** Starts whispering: a supervision grant in whisper mode on the trainee's call, the mock caller muted. */
  startHint(): void;
  /** Stops whispering: the supervision leg ends, the mock caller is heard again. */
  endHint(): void;
  /** Back to idle after `over` or `failed`. */
  dismiss(): void;
}

/** A call ringing or up on the console that the console did not place: the trainee's practice call. */
function isPracticeCall(call: CallSnapshot): boolean {
  return call.direction === 'inbound' && call.phase !== 'ended';
}

/**
 * The trainer console's phone for the life of the screen: registered as the trainer's practice
 * identity, it places the one mock call (the caller's side), takes the trainee's practice calls
 * beside it, and whispers hints over the supervision path with the mock caller muted meanwhile,
 * so the trainee hears the hint and never the caller saying it.
 */
export function useMockCallPhone(trainerName: string): MockCallPhone {
  const telephony = useTelephony();
  const { credentialsFailed, reconnect } = useTrainingPhone();
  const registration = useTelephonyState((state) => state.registration);
  const calls = useTelephonyState((state) => state.calls);
  const [call, setCall] = useState<MockCallStage>({ stage: 'idle' });
  const [hint, setHint] = useState<HintStage>('off');
  // The whisper under way: its grant and the console's supervising leg.
  const whisper = useRef<{ grantId: string; legId: string } | null>(null);
  // Bumped by every start and stop: a hint stopped while it was starting is ended once it starts.
  const hintRun = useRef(0);
  const legId = call.stage === 'dialling' || call.stage === 'on' ? call.legId : null;
  const leg = calls.find((candidate) => candidate.id === legId) ?? null;
  const practiceCalls = useMemo(
    () => calls.filter(isPracticeCall).map((practice) => ({ call: practice, askedFor: parsePracticeFor(practice.practiceFor ?? undefined) })),
    [calls],
  );

  const stopWhisper = (mockLegId: string | null) => {
    hintRun.current += 1;
    const current = whisper.current;
    whisper.current = null;
    setHint('off');
    if (mockLegId) telephony.setMuted(mockLegId, false);
    if (!current) return;
    void telephony.hangUp(current.legId);
    // Unrecorded, the API still ends it with the call: nothing to retry.
    void endSupervision(current.grantId, 'supervisor-left').catch(() => undefined);
  };

  useTelephonyEvent('call-answered', ({ call: answered }) => {
    setCall((now) => (now.stage === 'dialling' && now.legId === answered.id ? { ...now, stage: 'on' } : now));
  });
  useTelephonyEvent('call-ended', ({ call: ended, reason }) => {
    if (whisper.current?.legId === ended.id) {
      whisper.current = null;
      setHint('off');
      if (legId) telephony.setMuted(legId, false);
      return;
    }
    if (ended.id !== legId || (call.stage !== 'dialling' && call.stage !== 'on')) return;
    stopWhisper(null);
    const transferredTo = reason === 'transferred' ? parsePracticeFor(ended.practiceFor ?? undefined) : null;
    setCall({ stage: 'over', grant: call.grant, answered: ended.answeredAt !== null, rejectedWith: ended.rejectedWith, transferredTo });
  });

  const placeCall = (grant: TrainingGrant) => {
    if (call.stage === 'dialling' || call.stage === 'on') return;
    // No mock call this phone cannot place, nor one whose practice calls could not reach it.
    if (telephony.store.getState().registration.status !== 'registered') return setCall({ stage: 'failed', reason: 'phone-offline' });
    telephony.placeMockCall(grant, trainerName).then(
      (id) => setCall({ stage: 'dialling', grant, legId: id }),
      () => setCall({ stage: 'failed', reason: 'call-failed' }),
    );
  };

  const startHint = () => {
    if (call.stage !== 'on' || !leg || hint === 'starting' || hint === 'speaking') return;
    const mockLegId = call.legId;
    // Muted at once: what the trainer says from now on is for the trainee alone.
    telephony.setMuted(mockLegId, true);
    setHint('starting');
    const run = ++hintRun.current;
    void (async () => {
      try {
        // One Call-ID end to end (the PBX only relays): the trainee's call is the mock call's.
        const grant = await startSupervision({ callId: leg.sipCallId, mode: 'whisper' });
        const started = { grantId: grant.id, legId: await telephony.supervise(grant, trainerName) };
        whisper.current = started;
        if (run !== hintRun.current) return stopWhisper(null);
        setHint('speaking');
      } catch {
        if (run !== hintRun.current) return;
        telephony.setMuted(mockLegId, false);
        setHint('failed');
      }
    })();
  };

  return {
    registration,
    credentialsFailed,
    reconnect,
    call,
    leg,
    practiceCalls,
    hint,
    placeCall,
    hangUp: () => {
      if (legId) void telephony.hangUp(legId);
    },
    answerPractice: (id) => void telephony.answer(id),
    hangUpPractice: (id) => void telephony.hangUp(id),
    startHint,
    endHint: () => stopWhisper(legId),
    dismiss: () => setCall((now) => (now.stage === 'over' || now.stage === 'failed' ? { stage: 'idle' } : now)),
  };
}
