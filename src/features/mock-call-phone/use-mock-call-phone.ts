import type { TrainingGrant } from '../../contract/training';
import type { CallSnapshot, RegistrationState } from '../../telephony';

/** Where the trainer's one mock call stands on the console's phone. */
export type MockCallStage =
  | { stage: 'idle' }
  /** Dialling the trainee's seat; it rings there once the trainee's phone had the API vouch for it. */
  | { stage: 'dialling'; grant: TrainingGrant; legId: string }
  | { stage: 'on'; grant: TrainingGrant; legId: string }
  /** answered: the trainee took it (a mock call refused or never answered is `false`). */
  | { stage: 'over'; grant: TrainingGrant; answered: boolean }
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

/** The trainer console's phone for the life of the screen (signature agreed with TCONSOLE; body follows). */
export function useMockCallPhone(trainerName: string): MockCallPhone {
  throw new Error(`useMockCallPhone(${trainerName}): not built yet`);
}
