import { describe, expect, it } from 'vitest';
import { whoHearsWhom, type Hearing, type HearingState } from './who-hears-whom';

const talking: HearingState = { held: false, consulting: false, conference: false, supervision: 'none', muted: false };

/** [case, state, who the counsellor, caller, consulted party and supervisor each hear] */
const table: Array<[string, Partial<HearingState>, Hearing]> = [
  ['a plain call', {}, { counsellor: ['caller'], caller: ['counsellor'], consulted: [], supervisor: [] }],
  ['muted', { muted: true }, { counsellor: ['caller'], caller: [], consulted: [], supervisor: [] }],
  ['caller held', { held: true }, { counsellor: [], caller: [], consulted: [], supervisor: [] }],
  ['consulting with the caller held', { held: true, consulting: true }, { counsellor: ['consulted'], caller: [], consulted: ['counsellor'], supervisor: [] }],
  [
    'conference',
    { consulting: true, conference: true },
    { counsellor: ['caller', 'consulted'], caller: ['counsellor', 'consulted'], consulted: ['counsellor', 'caller'], supervisor: [] },
  ],
  [
    'conference, counsellor muted: the two parties keep hearing each other',
    { consulting: true, conference: true, muted: true },
    { counsellor: ['caller', 'consulted'], caller: ['consulted'], consulted: ['caller'], supervisor: [] },
  ],
  ['listen', { supervision: 'listen' }, { counsellor: ['caller'], caller: ['counsellor'], consulted: [], supervisor: ['counsellor', 'caller'] }],
  ['whisper', { supervision: 'whisper' }, { counsellor: ['caller', 'supervisor'], caller: ['counsellor'], consulted: [], supervisor: ['counsellor', 'caller'] }],
  [
    'barge',
    { supervision: 'barge' },
    { counsellor: ['caller', 'supervisor'], caller: ['counsellor', 'supervisor'], consulted: [], supervisor: ['counsellor', 'caller'] },
  ],
  [
    'whisper, counsellor muted: answers the coach without the caller hearing',
    { supervision: 'whisper', muted: true },
    { counsellor: ['caller', 'supervisor'], caller: [], consulted: [], supervisor: ['counsellor', 'caller'] },
  ],
  [
    'listen, caller held: the supervisor hears what the counsellor hears',
    { supervision: 'listen', held: true },
    { counsellor: [], caller: [], consulted: [], supervisor: ['counsellor'] },
  ],
  [
    'barge, caller held: nobody reaches a held caller',
    { supervision: 'barge', held: true },
    { counsellor: ['supervisor'], caller: [], consulted: [], supervisor: ['counsellor'] },
  ],
  [
    'listen during a consultation',
    { supervision: 'listen', held: true, consulting: true },
    { counsellor: ['consulted'], caller: [], consulted: ['counsellor'], supervisor: ['counsellor', 'consulted'] },
  ],
  [
    'whisper during a consultation: the consulted party does not hear the coach',
    { supervision: 'whisper', held: true, consulting: true },
    { counsellor: ['consulted', 'supervisor'], caller: [], consulted: ['counsellor'], supervisor: ['counsellor', 'consulted'] },
  ],
  [
    'listen in a conference',
    { supervision: 'listen', consulting: true, conference: true },
    {
      counsellor: ['caller', 'consulted'],
      caller: ['counsellor', 'consulted'],
      consulted: ['counsellor', 'caller'],
      supervisor: ['counsellor', 'caller', 'consulted'],
    },
  ],
  [
    'barge in a conference: all four hear each other',
    { supervision: 'barge', consulting: true, conference: true },
    {
      counsellor: ['caller', 'consulted', 'supervisor'],
      caller: ['counsellor', 'consulted', 'supervisor'],
      consulted: ['counsellor', 'caller', 'supervisor'],
      supervisor: ['counsellor', 'caller', 'consulted'],
    },
  ],
  [
    'a conference flag without a consulted party mixes nothing',
    { conference: true },
    { counsellor: ['caller'], caller: ['counsellor'], consulted: [], supervisor: [] },
  ],
];

describe('who hears whom at the counsellor’s seat', () => {
  it.each(table)('%s', (_case, state, hearing) => {
    expect(whoHearsWhom({ ...talking, ...state })).toEqual(hearing);
  });

  it('never lets anyone hear a supervisor who only listens', () => {
    for (const held of [false, true])
      for (const consulting of [false, true])
        for (const conference of [false, true])
          for (const muted of [false, true]) {
            const hearing = whoHearsWhom({ held, consulting, conference, muted, supervision: 'listen' });
            expect([hearing.counsellor, hearing.caller, hearing.consulted].flat()).not.toContain('supervisor');
          }
  });
});
