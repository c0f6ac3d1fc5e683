import { SessionState, type Invitation } from 'sip.js';
import { parseDialledLine, parseSupervisionHeader, TRAINING_HEADER } from '../../contract';
import { acceptsIncomingCall, isTrainingCall } from '../call-facts';
import { microphoneConstraints } from '../media';
import { newSnapshot } from '../store';
import type { CallSnapshot } from '../types';
import type { SipCallControl } from './call-control';
import type { PhoneContext } from './phone-context';

/** A mock call nobody vouched for: refused outright (the API audits the refusals it made). */
const REFUSED = 403;
/** The seat is busy: as for any caller, the trainer's console hears busy. */
const BUSY = 486;

/**
 * The trainee's side of a mock call (#14): an INVITE carrying X-Training rings only once the API
 * vouched for its grant with this call's SIP Call-ID, and then as an ordinary caller's call on the
 * scenario's line, marked `training`, so record, form, transfers and wrap-up work as on a real
 * call. Only these INVITEs wait on the API: a real caller's never does.
 */
export class SipTraining {
  constructor(
    private readonly phone: PhoneContext,
    private readonly calls: SipCallControl,
  ) {}

  async offered(invitation: Invitation): Promise<void> {
    const registry = this.phone.registry;
    const grant = parseSupervisionHeader(invitation.request.getHeader(TRAINING_HEADER));
    const voucher = this.phone.trainingVoucher;
    const reject = (statusCode: number) => void invitation.reject({ statusCode }).catch(() => undefined);
    if (!grant || !voucher) return reject(REFUSED);
    const free = () => acceptsIncomingCall(registry.calls(), registry.registration().receivesCalls);
    // Busy before the API is asked: the grant stays unused, and the trainer may try again.
    if (!free()) return reject(BUSY);
    const vouched = await voucher.vouch(grant, invitation.request.callId).catch(() => null);
    if (!vouched) return reject(REFUSED);
    // The trainer hung up, or a caller took the seat, while the API answered: over before it rang.
    if (invitation.state !== SessionState.Initial || !free()) {
      voucher.ended(vouched.id);
      return reject(BUSY);
    }
    const snapshot: CallSnapshot = {
      ...newSnapshot({
        id: invitation.id,
        sipCallId: invitation.request.callId,
        direction: 'inbound',
        leg: 'caller',
        // The mock caller has no number: the console's SIP identity (tr<ext>) is no phone number,
        // and must not be shown, recorded or looked up as one.
        remoteNumber: '',
        line: parseDialledLine(vouched.dialled),
      }),
      training: { id: vouched.id, trainerName: vouched.trainerName, practiceTarget: vouched.practiceTarget },
    };
    registry.offer(snapshot, { replacing: false });
    this.calls.track(invitation, snapshot.id);
    this.phone.microphone.prepare(snapshot.id, microphoneConstraints(this.phone.microphoneId()));
  }

  /** The mock call ended on this seat, answered or not: the API (and so the trainer) hears it. */
  terminated(call: CallSnapshot): void {
    if (isTrainingCall(call) && call.training) this.phone.trainingVoucher?.ended(call.training.id);
  }
}
