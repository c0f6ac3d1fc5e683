import { isTrainingCall } from './call-facts';
import type { CallSnapshot } from './types';

/**
 * What the phone dials when a counsellor asks for `asked` (a transfer, consultation, conference or
 * emergency hand-off) on this call. On a mock call every number becomes the trainer's practice
 * target, whatever it was, so no screen can reach a real service from a training call; `dial` is
 * null when a mock call has no practice target (then nothing is dialled at all).
 */
export function practiceDial(call: CallSnapshot | undefined, asked: string): { dial: string | null; askedFor: string | null } {
  if (!call || !isTrainingCall(call)) return { dial: asked, askedFor: null };
  const target = call.training?.practiceTarget ?? '';
  return { dial: target === '' ? null : target, askedFor: asked };
}
