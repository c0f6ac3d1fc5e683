import type { z } from 'zod';
import type { TransferLog } from '../../contract';
import type { EndTrainingCallRequest } from '../../contract/training';

export type EndReason = z.infer<typeof EndTrainingCallRequest>['reason'];

/** What the API is told when the console's leg is over: who ended it, or that the call itself did (refused, never answered). */
export function endReasonFor(answered: boolean, hungUpByTrainer: boolean): EndReason {
  if (hungUpByTrainer) return 'trainer-ended';
  return answered ? 'trainee-ended' : 'call-ended';
}

/**
 * The number the trainee asked for when their transfer rings the console: what their phone said
 * with the call, else the newest transfer of the training record that has not ended (the phone
 * dials the practice target instead, but the record keeps what was asked for). Null if neither says.
 */
export function practiceCallTarget(askedFor: string | null, transfers: TransferLog): string | null {
  if (askedFor) return askedFor;
  const open = transfers.filter((entry) => entry.endedAt === null);
  const newest = open.reduce<(typeof open)[number] | null>((latest, entry) => (!latest || entry.startedAt >= latest.startedAt ? entry : latest), null);
  return newest?.targetNumber ?? null;
}
