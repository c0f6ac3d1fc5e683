import type { SupervisionMode } from '../contract';

/**
 * The parties of a counsellor's call as the counsellor's browser mixes them: the counsellor's own
 * microphone, the caller, a consulted party (110, 120, a colleague) and a supervisor.
 */
export type Party = 'counsellor' | 'caller' | 'consulted' | 'supervisor';

export interface HearingState {
  /** The caller is on hold: they hear the hold chime, and the counsellor does not hear them. */
  held: boolean;
  /** A consulted party is connected beside the caller's call. */
  consulting: boolean;
  /** Caller and consulted party are mixed into one three-way conversation. */
  conference: boolean;
  supervision: SupervisionMode | 'none';
  /** The counsellor muted themselves. */
  muted: boolean;
}

/** For each party, whom they hear (never themselves). */
export type Hearing = Record<Party, Party[]>;

/**
 * Who hears whom at the counsellor's seat: the one rule the mixer and the audio elements follow.
 * - The caller and the consulted party hear the counsellor (unless muted), each other only in a
 *   conference, and the supervisor only in barge. A held caller hears nobody (the chime plays).
 * - The supervisor hears what the counsellor hears, and the counsellor even when muted: mute keeps
 *   the counsellor from the caller, and in whisper it is how a counsellor answers the coach unheard.
 * - The counsellor hears the supervisor in whisper and barge, never in listen.
 */
export function whoHearsWhom(state: HearingState): Hearing {
  const supervised = state.supervision !== 'none';
  const barge = state.supervision === 'barge';
  const conference = state.conference && state.consulting && !state.held;
  const counsellorHeard = !state.muted;
  const only = (entries: Array<[Party, boolean]>): Party[] => entries.filter(([, on]) => on).map(([party]) => party);
  return {
    counsellor: only([
      ['caller', !state.held],
      ['consulted', state.consulting],
      ['supervisor', state.supervision === 'whisper' || barge],
    ]),
    caller: state.held
      ? []
      : only([
          ['counsellor', counsellorHeard],
          ['consulted', conference],
          ['supervisor', barge],
        ]),
    consulted: state.consulting
      ? only([
          ['counsellor', counsellorHeard],
          ['caller', conference],
          ['supervisor', barge],
        ])
      : [],
    supervisor: supervised
      ? only([
          ['counsellor', true],
          ['caller', !state.held],
          ['consulted', state.consulting],
        ])
      : [],
  };
}
