import { z } from 'zod';
import { DialString } from './sip';
import { idString } from './text';

/**
 * What the trainee's phone needs of a mock call (issue #14); the rest of training is in
 * training.ts, which only the trainer's screens load. A mock call's INVITE carries
 * `X-Training: <training call id>;token=<token>`, the supervision header's form.
 */
export const TRAINING_HEADER = 'X-Training';

/**
 * On a practice call (a mock call's transfer or hand-off reaching the trainer's console): the number
 * the trainee asked for, so the trainer knows whom to play ("120").
 */
export const PRACTICE_FOR_HEADER = 'X-Practice-For';

/** The number a practice call was asked for, when it is one a phone could dial; null otherwise. */
export function parsePracticeFor(value: string | undefined): string | null {
  const number = value?.trim() ?? '';
  return DialString.safeParse(number).success ? number : null;
}

export const GrantToken = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);

/**
 * The SIP identity of a trainer's console phone: it places the mock call and is the practice
 * target every transfer of a training call dials (110, 120, hotlines, colleagues alike).
 */
export function trainingSipUsername(extension: string): string {
  return `tr${extension}`;
}

export const TrainingCallParams = z.object({ id: z.uuid() });

/** The trainee's browser presents the grant the INVITE carried, with the call's own SIP Call-ID. */
export const VouchTrainingRequest = z
  .object({ token: GrantToken, callId: idString(256) })
  .meta({ id: 'VouchTrainingRequest' });
export type VouchTrainingRequest = z.infer<typeof VouchTrainingRequest>;

/** The API's word to the trainee's phone: a real mock call, and where its transfers must go. */
export const VouchedTraining = z
  .object({
    id: z.uuid(),
    trainerName: z.string(),
    /** Every transfer, consultation and emergency hand-off of this call dials this, never a real number. */
    practiceTarget: z.string(),
    /** The line the scenario's caller dialled: the training record's line. */
    dialled: DialString,
  })
  .meta({ id: 'VouchedTraining' });
export type VouchedTraining = z.infer<typeof VouchedTraining>;
