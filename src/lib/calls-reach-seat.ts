/**
 * Whether the PBX offers this seat a caller now, and if not, why. The shift knows it; the phone
 * shows it: a registered phone on a seat that is not clocked in, on break or in wrap-up gets no caller,
 * nor one whose counsellor left a high- or imminent-risk record neither completed nor handed over.
 */
export type CallsReachSeat = 'ready' | 'not-clocked-in' | 'on-break' | 'in-wrap-up' | 'on-call' | 'held-by-record' | 'unknown';
