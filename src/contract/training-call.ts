import { DialString } from './sip';

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

/**
 * The SIP identity of a trainer's console phone: it places the mock call and is the practice
 * target every transfer of a training call dials (110, 120, hotlines, colleagues alike).
 */
export function trainingSipUsername(extension: string): string {
  return `tr${extension}`;
}

// The schemas of the vouch (training-vouch.ts) load with it, not with the first screen: only a
// mock call needs them, and a zod schema with .meta() can never be left out of a chunk that has it.
export type { VouchedTraining, VouchTrainingRequest } from './training-vouch';
