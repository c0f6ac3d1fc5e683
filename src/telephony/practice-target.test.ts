import { describe, expect, it } from 'vitest';
import { parseDialledLine } from '../contract';
import { practiceDial } from './practice-target';
import { newSnapshot } from './store';
import type { CallSnapshot } from './types';

const realCaller: CallSnapshot = newSnapshot({ id: 'c1', sipCallId: 'c1@x', direction: 'inbound', leg: 'caller', remoteNumber: '13800000000', line: parseDialledLine('12356') });
const mockCall: CallSnapshot = { ...realCaller, training: { id: 't1', trainerName: '林培训师', practiceTarget: 'tr8201' } };
const mockCallWithoutTarget: CallSnapshot = { ...mockCall, training: { id: 't1', trainerName: '林培训师', practiceTarget: '' } };
// The trainer's own side of a mock call is not the trainee's: its calls dial what they ask.
const trainerSide: CallSnapshot = { ...mockCall, leg: 'mock-caller', direction: 'outbound' };

describe('practiceDial', () => {
  it.each([
    ['police', '110'],
    ['ambulance', '120'],
    ['fire', '119'],
    ['another hotline', '12320'],
    ['another 12356 centre', '059212356'],
    ['a colleague’s seat', '8002'],
    ['a mobile number', '13912345678'],
  ])('sends a mock call’s %s (%s) to the practice target, keeping the number asked for', (_what, asked) => {
    expect(practiceDial(mockCall, asked)).toEqual({ dial: 'tr8201', askedFor: asked });
  });

  it.each([
    ['a real caller', realCaller],
    ['the trainer’s mock-caller leg', trainerSide],
    ['no call', undefined],
  ])('dials the number asked for on %s', (_what, call) => {
    expect(practiceDial(call, '120')).toEqual({ dial: '120', askedFor: null });
  });

  it('dials nothing on a mock call without a practice target', () => {
    expect(practiceDial(mockCallWithoutTarget, '120')).toEqual({ dial: null, askedFor: '120' });
  });
});
