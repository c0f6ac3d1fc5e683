import type { z } from 'zod';
import type { TransferLog } from '../../contract';
import type { EndTrainingCallRequest } from '../../contract/training';
import { isFinished, isOffered, isInProgress, type CallSnapshot } from '../../telephony';

export type EndReason = z.infer<typeof EndTrainingCallRequest>['reason'];

/** Where the console's side of the mock call stands, as the screen shows it. */
export type MockCallStage = 'dialling' | 'talking' | 'ended' | 'refused';

/** A mock call that never connected was refused (busy seat, unvouched grant) rather than ended. */
export function mockCallStage(leg: CallSnapshot | undefined): MockCallStage {
  if (!leg || !isFinished(leg)) return leg?.answeredAt ? 'talking' : 'dialling';
  return leg.answeredAt ? 'ended' : 'refused';
}

/** What the API is told: who ended it, or that the call itself did (refused, dropped). */
export function endReasonFor(leg: CallSnapshot, hungUpByTrainer: boolean): EndReason {
  if (hungUpByTrainer) return 'trainer-ended';
  return leg.answeredAt && leg.endReason === 'remote-hangup' ? 'trainee-ended' : 'call-ended';
}

/**
 * A practice transfer reaching the console: any call that rings or talks on this phone other than
 * the mock call itself and the trainer's whisper leg (the practice target is this phone).
 */
export function practiceCall(calls: readonly CallSnapshot[]): CallSnapshot | undefined {
  return calls.find((call) => call.direction === 'inbound' && call.leg !== 'mock-caller' && (isOffered(call) || isInProgress(call)));
}

/**
 * The number the trainee asked for when their transfer rings the console: the newest transfer
 * of the training record that has not ended (the phone dials the practice target instead, but
 * the record keeps what was asked for). Null until the record says so.
 */
export function practiceCallTarget(transfers: TransferLog): string | null {
  const open = transfers.filter((entry) => entry.endedAt === null);
  const newest = open.reduce<(typeof open)[number] | null>((latest, entry) => (!latest || entry.startedAt >= latest.startedAt ? entry : latest), null);
  return newest?.targetNumber ?? null;
}
