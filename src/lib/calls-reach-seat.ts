/**
 * Whether the PBX offers this seat a caller now, and if not, why. The shift knows it; the phone
 * shows it: a registered phone on a seat that is not clocked in, on break or in wrap-up gets no caller,
 * nor one whose counsellor left a high- or imminent-risk record neither completed nor handed over.
 * `seat-offline`: the shift is open but the seat left it (signed out, another tab signed out):
 * unlike not clocked in, one click takes calls again.
 */
export type CallsReachSeat =
  | 'ready'
  | 'not-clocked-in'
  | 'seat-offline'
  | 'on-break'
  | 'in-wrap-up'
  | 'on-call'
  | 'held-by-record'
  | 'unknown';
