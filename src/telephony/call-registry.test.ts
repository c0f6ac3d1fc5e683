import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallRegistry } from './call-registry';
import type { TelephonyEvent } from './events';
import { ENDED_CALL_LINGER_MS, newSnapshot } from './store';
import type { CallLeg } from './types';

function caller(id: string, leg: CallLeg = 'caller') {
  return newSnapshot({
    id,
    sipCallId: `${id}@pbx`,
    direction: 'inbound',
    leg,
    remoteNumber: '13800138000',
    line: leg === 'caller' ? { dialled: '12356', areaCode: null } : null,
  });
}

function seat({ wrapsUp = true, receivesCalls = true } = {}) {
  const registry = new CallRegistry();
  registry.seatWrapsUp = wrapsUp;
  registry.setRegistration({ status: 'registered', receivesCalls });
  const events: TelephonyEvent[] = [];
  registry.events.onAny((event) => events.push(event));
  return { registry, events, types: () => events.map((event) => event.type) };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('CallRegistry', () => {
  it('tells an answered caller call from offer to wrap-up to finished, in order', () => {
    const { registry, types } = seat();
    expect(registry.offer(caller('a'), { replacing: false })).toBe(true);
    registry.established('a');
    registry.held('a', true);
    registry.held('a', false);
    registry.terminated('a', 'remote-hangup');
    expect(registry.find('a')?.phase).toBe('wrap-up');
    registry.finishWrapUp('a');
    expect(types()).toEqual(['call-offered', 'call-answered', 'call-held', 'call-resumed', 'call-ended', 'wrap-up-finished']);
    expect(registry.find('a')).toBeUndefined();
  });

  it('keeps a second caller out while the first rings, talks or is written up, and lets one in after', () => {
    const { registry } = seat();
    registry.offer(caller('a'), { replacing: false });
    expect(registry.offer(caller('b'), { replacing: false })).toBe(false);
    registry.established('a');
    expect(registry.offer(caller('c'), { replacing: false })).toBe(false);
    registry.terminated('a', 'local-hangup');
    expect(registry.offer(caller('d'), { replacing: false })).toBe(false);
    registry.finishWrapUp('a');
    expect(registry.offer(caller('e'), { replacing: false })).toBe(true);
    expect(registry.calls().map((call) => call.id)).toEqual(['e']);
  });

  it('lets a call that replaces one of ours ring even on a busy seat (attended transfer arriving)', () => {
    const { registry } = seat();
    registry.offer(caller('a', 'direct'), { replacing: false });
    expect(registry.offer(caller('b', 'direct'), { replacing: true })).toBe(true);
  });

  it('offers nothing to a phone that does not receive calls (seat taken over, credentials refused)', () => {
    const { registry, events } = seat({ receivesCalls: false });
    expect(registry.offer(caller('a'), { replacing: false })).toBe(false);
    expect(events.filter((event) => event.type === 'call-offered')).toEqual([]);
  });

  it('ends without wrap-up a caller who was never answered, a non-caller call, or on a seat that does not write up', () => {
    for (const [id, leg, answered, wrapsUp] of [
      ['missed', 'caller', false, true],
      ['direct', 'direct', true, true],
      ['simulator', 'caller', true, false],
    ] as const) {
      const { registry, events } = seat({ wrapsUp });
      registry.offer(caller(id, leg), { replacing: false });
      if (answered) {
        registry.established(id);
      }
      registry.terminated(id, 'remote-hangup');
      const ended = events.find((event) => event.type === 'call-ended');
      expect(ended?.type === 'call-ended' && ended.call.phase).toBe('ended');
    }
  });

  it('shows an ended call for a while, then forgets it', () => {
    const { registry } = seat();
    registry.offer(caller('a'), { replacing: false });
    registry.terminated('a', 'caller-cancelled');
    expect(registry.find('a')).toMatchObject({ phase: 'ended', endReason: 'caller-cancelled' });
    vi.advanceTimersByTime(ENDED_CALL_LINGER_MS);
    expect(registry.find('a')).toBeUndefined();
  });

  it('ignores steps that make no sense now: a late answer after the end, a second end, a failure with no transfer', () => {
    const { registry, types } = seat();
    registry.offer(caller('a'), { replacing: false });
    registry.terminated('a', 'caller-cancelled');
    registry.established('a');
    registry.terminated('a', 'remote-hangup');
    registry.transferFailed('a', 'busy');
    expect(registry.find('a')).toMatchObject({ phase: 'ended', answeredAt: null, endReason: 'caller-cancelled' });
    expect(types()).toEqual(['call-offered', 'call-ended']);
  });

  it('tells a transfer starting and failing, the caller back where they were', () => {
    const { registry, events } = seat();
    registry.offer(caller('a'), { replacing: false });
    registry.established('a');
    registry.held('a', true);
    registry.transferStarted('a');
    registry.transferFailed('a', 'busy');
    expect(registry.find('a')).toMatchObject({ phase: 'held', transferFailure: 'busy' });
    expect(events.at(-1)).toMatchObject({ type: 'transfer-failed', reason: 'busy' });
  });

  it('tells a registration change only when its status or failure changes', () => {
    const { registry, types } = seat();
    registry.setRegistration({ attempt: 2 });
    registry.setRegistration({ status: 'connecting', failure: 'pbx-unreachable' });
    expect(types()).toEqual(['registration-changed']);
  });

  it('keeps telling the other listeners when one throws', () => {
    const { registry } = seat();
    const heard: string[] = [];
    const thrown: unknown[] = [];
    vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
      try {
        task();
      } catch (error) {
        thrown.push(error);
      }
    });
    registry.events.on('call-offered', () => {
      throw new Error('a feature bug');
    });
    registry.events.on('call-offered', ({ call }) => heard.push(call.id));
    registry.offer(caller('a'), { replacing: false });
    expect(heard).toEqual(['a']);
    expect(thrown).toEqual([new Error('a feature bug')]);
  });

  it('tells a placed call queued by the line (182) until a phone rings or it is answered', () => {
    const { registry, types } = seat();
    registry.dialled({ ...caller('q', 'outbound'), direction: 'outbound' });
    registry.progress('q', 182);
    registry.progress('q', 182);
    expect(registry.find('q')?.queued).toBe(true);
    registry.progress('q', 180);
    expect(registry.find('q')?.queued).toBe(false);
    registry.progress('q', 182);
    registry.established('q');
    expect(registry.find('q')).toMatchObject({ queued: false, phase: 'active' });
    registry.progress('q', 182);
    expect(registry.find('q')?.queued).toBe(false);
    expect(types()).toEqual(['call-dialled', 'call-queued', 'call-queued', 'call-answered']);
  });
});
