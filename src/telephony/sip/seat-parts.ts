/**
 * What the phone loads only when a call first needs it, or while a seat's page is idle
 * (sip-telephony.ts): transfers and conferences, supervision, mock calls, the seat's mix. One chunk, one request.
 */
export { SeatAudio } from './seat-audio';
export { SipSupervision } from './supervision';
export { SipTraining } from './training';
export { SipTransfers } from './transfers';
