import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api';
import type { BoardSeat } from '../../contract';
import { boardViewOf, refusalOf, type SupervisionRefusal } from './supervision-rules';
import { boardSeat } from './console-fixtures';

describe('refusalOf', () => {
  it.each<[string, unknown, SupervisionRefusal]>([
    ['not a supervisor', new ApiError('forbidden', 403), 'forbidden'],
    ['a call that ended meanwhile, or another centre’s', new ApiError('not_found', 404), 'not-live'],
    ['a call another supervisor is on', new ApiError('conflict', 409), 'taken'],
    ['the API is down', new ApiError('network', 0), 'unreachable'],
    ['the API failed', new ApiError('internal', 500), 'unreachable'],
    ['an answer off the contract', new ApiError('unexpected', 200), 'failed'],
    ['the phone has no connection', new Error('phone-offline'), 'phone-offline'],
    ['anything else', new Error('boom'), 'failed'],
  ])('%s', (_case, error, refusal) => {
    expect(refusalOf(error)).toBe(refusal);
  });
});

describe('boardViewOf', () => {
  const watched = { staffId: 'staff-8003', callId: 'call-8003' };
  const onCall = boardSeat('孙三', '8003', {}, { risk: 'high', answeredSecAgo: 60 });
  const supervised = boardSeat('孙三', '8003', {}, { risk: 'high', answeredSecAgo: 60, supervisedBy: { name: '李督导', mode: 'listen' } });
  const wrappingUp = { ...onCall, seat: { ...onCall.seat, status: 'wrap-up' } } satisfies BoardSeat;
  const nextCall = { ...onCall, call: onCall.call && { ...onCall.call, callId: 'call-next' } };
  const byAnother = boardSeat('孙三', '8003', {}, { risk: 'high', answeredSecAgo: 60, supervisedBy: { name: '王督导', mode: 'barge' } });

  it.each<[string, BoardSeat[] | null, ReturnType<typeof boardViewOf>]>([
    ['the board has not loaded', null, 'unknown'],
    ['the call is live, nobody shown on it yet', [onCall], 'unsupervised'],
    ['the call is live with this supervisor on it', [supervised], 'supervised'],
    ['another supervisor shows on it: not this one', [byAnother], 'unsupervised'],
    ['the seat went to wrap-up: the call ended', [wrappingUp], 'gone'],
    ['the seat is on another call', [nextCall], 'gone'],
    ['the seat left the board', [], 'gone'],
  ])('%s', (_case, seats, view) => {
    expect(boardViewOf(seats, watched, '李督导')).toBe(view);
  });
});
