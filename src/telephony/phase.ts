import type { CallPhase } from './types';

export type CallPhaseEvent =
  | { type: 'incoming' }
  | { type: 'dial' }
  | { type: 'answer' }
  | { type: 'established' }
  | { type: 'hold' }
  | { type: 'resume' }
  | { type: 'transfer-start' }
  | { type: 'transfer-failed'; held: boolean }
  | { type: 'terminated'; wasEstablished: boolean; needsWrapUp: boolean }
  | { type: 'wrap-up-done' };

/**
 * The one place that decides a call's next phase. Events that make no sense in a phase (a late
 * "established" after the caller hung up, a double hold) leave the phase as it is, so sip.js
 * callbacks arriving out of order can never resurrect or corrupt a call.
 */
export function nextCallPhase(phase: CallPhase, event: CallPhaseEvent): CallPhase {
  switch (event.type) {
    case 'incoming':
      return phase === 'idle' ? 'ringing' : phase;
    case 'dial':
      return phase === 'idle' ? 'connecting' : phase;
    case 'answer':
      return phase === 'ringing' ? 'connecting' : phase;
    case 'established':
      return phase === 'connecting' ? 'active' : phase;
    case 'hold':
      return phase === 'active' ? 'held' : phase;
    case 'resume':
      return phase === 'held' ? 'active' : phase;
    case 'transfer-start':
      return phase === 'active' || phase === 'held' ? 'transferring' : phase;
    case 'transfer-failed':
      if (phase !== 'transferring') return phase;
      return event.held ? 'held' : 'active';
    case 'terminated':
      if (phase === 'ended' || phase === 'wrap-up' || phase === 'idle') return phase;
      // A call that never connected leaves nothing to write up.
      return event.wasEstablished && event.needsWrapUp ? 'wrap-up' : 'ended';
    case 'wrap-up-done':
      return phase === 'wrap-up' ? 'ended' : phase;
  }
}
