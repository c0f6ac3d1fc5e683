import { describe, expect, it } from 'vitest';
import { nextCallPhase, type CallPhaseEvent } from './phase';
import type { CallPhase } from './types';

const phases: CallPhase[] = ['idle', 'ringing', 'connecting', 'active', 'held', 'transferring', 'wrap-up', 'ended'];

const inboundEnd: CallPhaseEvent = { type: 'terminated', wasEstablished: true, needsWrapUp: true };
const outboundEnd: CallPhaseEvent = { type: 'terminated', wasEstablished: true, needsWrapUp: false };
const missedEnd: CallPhaseEvent = { type: 'terminated', wasEstablished: false, needsWrapUp: true };

/** Every phase × event: the expected phase. Rows list only the transitions that move; all others stay. */
const moves: Array<[CallPhase, CallPhaseEvent, CallPhase]> = [
  ['idle', { type: 'incoming' }, 'ringing'],
  ['idle', { type: 'dial' }, 'connecting'],
  ['ringing', { type: 'answer' }, 'connecting'],
  ['connecting', { type: 'established' }, 'active'],
  ['active', { type: 'hold' }, 'held'],
  ['held', { type: 'resume' }, 'active'],
  ['active', { type: 'transfer-start' }, 'transferring'],
  ['held', { type: 'transfer-start' }, 'transferring'],
  ['transferring', { type: 'transfer-failed', held: true }, 'held'],
  ['transferring', { type: 'transfer-failed', held: false }, 'active'],
  ['ringing', missedEnd, 'ended'],
  ['connecting', missedEnd, 'ended'],
  ['ringing', inboundEnd, 'wrap-up'],
  ['active', inboundEnd, 'wrap-up'],
  ['held', inboundEnd, 'wrap-up'],
  ['transferring', inboundEnd, 'wrap-up'],
  ['connecting', inboundEnd, 'wrap-up'],
  ['active', outboundEnd, 'ended'],
  ['held', outboundEnd, 'ended'],
  ['connecting', outboundEnd, 'ended'],
  ['ringing', outboundEnd, 'ended'],
  ['transferring', outboundEnd, 'ended'],
  ['active', missedEnd, 'ended'],
  ['held', missedEnd, 'ended'],
  ['transferring', missedEnd, 'ended'],
  ['wrap-up', { type: 'wrap-up-done' }, 'ended'],
];

const events: CallPhaseEvent[] = [
  { type: 'incoming' },
  { type: 'dial' },
  { type: 'answer' },
  { type: 'established' },
  { type: 'hold' },
  { type: 'resume' },
  { type: 'transfer-start' },
  { type: 'transfer-failed', held: true },
  { type: 'transfer-failed', held: false },
  inboundEnd,
  outboundEnd,
  missedEnd,
  { type: 'wrap-up-done' },
];

function expected(phase: CallPhase, event: CallPhaseEvent): CallPhase {
  const row = moves.find(([from, ev]) => from === phase && JSON.stringify(ev) === JSON.stringify(event));
  return row ? row[2] : phase;
}

describe('nextCallPhase', () => {
  for (const phase of phases) {
    for (const event of events) {
      const to = expected(phase, event);
      it(`${phase} + ${JSON.stringify(event)} → ${to}`, () => {
        expect(nextCallPhase(phase, event)).toBe(to);
      });
    }
  }

  it('a whole answered call runs ringing → connecting → active → held → active → wrap-up → ended', () => {
    const script: CallPhaseEvent[] = [
      { type: 'incoming' },
      { type: 'answer' },
      { type: 'established' },
      { type: 'hold' },
      { type: 'resume' },
      inboundEnd,
      { type: 'wrap-up-done' },
    ];
    const seen = script.reduce<CallPhase[]>((acc, event) => [...acc, nextCallPhase(acc[acc.length - 1] ?? 'idle', event)], ['idle']);
    expect(seen).toEqual(['idle', 'ringing', 'connecting', 'active', 'held', 'active', 'wrap-up', 'ended']);
  });
});
