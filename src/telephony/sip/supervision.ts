import { SessionState, type Info, type Invitation } from 'sip.js';
import { parseSupervisionHeader, SUPERVISION_HEADER, SUPERVISION_INFO_TYPE } from '../../contract';
import { isCallerCall, isTalking } from '../call-facts';
import { newSnapshot } from '../store';
import type { CallSnapshot, EndReason, SupervisionOnCall } from '../types';
import { microphoneConstraints } from '../media';
import { microphoneTrack, type LiveCall } from './call-media';
import type { SipCallControl } from './call-control';
import type { PhoneContext } from './phone-context';

/** A supervisor who cannot be vouched for is refused outright; the API reported it when it refused. */
const REFUSED = 403;

/**
 * The counsellor's side of supervision: a supervisor's call (an INVITE carrying X-Supervision) is
 * never offered to the counsellor. It is taken at once, beside the caller's call, when the API
 * vouches for its grant on that call, and refused otherwise. It lives exactly as long as the
 * caller stays with this seat; its mode is always the API's word, never the call's.
 */
export class SipSupervision {
  /** Vouched for and being answered: the supervision starts, for both screens, once the call connects. */
  private readonly answering = new Map<string, SupervisionOnCall>();

  constructor(
    private readonly phone: PhoneContext,
    private readonly calls: SipCallControl,
  ) {}

  async offered(invitation: Invitation): Promise<void> {
    const registry = this.phone.registry;
    const grant = parseSupervisionHeader(invitation.request.getHeader(SUPERVISION_HEADER));
    const voucher = this.phone.supervisionVoucher;
    const caller = registry.calls().find((call) => isCallerCall(call) && isTalking(call));
    const refuse = () => {
      this.phone.microphone.release(invitation.id);
      void invitation.reject({ statusCode: REFUSED }).catch(() => undefined);
    };
    // Anything else (a replayed grant, a second supervisor) the API judges, and reports when it refuses.
    if (!grant || !voucher || !caller) return refuse();
    // Ready while the API is asked, so the answer waits for no getUserMedia: a copy of the
    // counsellor's microphone (the call sends the seat's mix once that takes over).
    const callerLive = this.phone.live.get(caller.id);
    const microphone = callerLive ? microphoneTrack(callerLive) : undefined;
    this.phone.microphone.prepare(invitation.id, microphoneConstraints(this.phone.microphoneId()), microphone ? new MediaStream([microphone.clone()]) : undefined);
    const vouched = await voucher.vouch(grant, caller.sipCallId).catch(() => null);
    const callerNow = registry.find(caller.id);
    const stillThere = callerNow !== undefined && isTalking(callerNow) && invitation.state === SessionState.Initial;
    if (!vouched || !stillThere) {
      // Vouched for a moment too late (the caller left while the API answered): the API hears it is over.
      if (vouched) voucher.ended(vouched.id, 'call-ended');
      return refuse();
    }
    const snapshot: CallSnapshot = {
      ...newSnapshot({ id: invitation.id, sipCallId: invitation.request.callId, direction: 'inbound', leg: 'supervision', remoteNumber: invitation.remoteIdentity.uri.user ?? '', line: null }),
      linkedCallId: caller.id,
    };
    this.answering.set(snapshot.id, { id: vouched.id, supervisorName: vouched.supervisorName, mode: vouched.mode });
    // Taken without ringing: never offered to the counsellor, and not held to the one-caller rule.
    registry.joinedAtOnce(snapshot);
    this.calls.track(invitation, snapshot.id);
    await this.calls.answer(snapshot.id);
  }

  established(live: LiveCall): void {
    const supervision = this.answering.get(live.id);
    this.answering.delete(live.id);
    if (supervision) this.phone.registry.supervision(live.id, supervision);
  }

  /** A mode change heard in the call: the API says what the mode now is; nothing from the API ends it. */
  info(live: LiveCall, info: Info): boolean {
    if (!(info.request.getHeader('Content-Type') ?? '').includes(SUPERVISION_INFO_TYPE)) return false;
    void info.accept().catch(() => undefined);
    const call = this.phone.registry.find(live.id);
    const voucher = this.phone.supervisionVoucher;
    if (call?.leg !== 'supervision' || !call.supervision) return true;
    const { supervision } = call;
    void (voucher ? voucher.current(supervision.id).catch(() => null) : Promise.resolve(null)).then((latest) => {
      if (this.phone.live.get(live.id) !== live) return;
      if (!latest || latest.state === 'ended') return void this.calls.hangUp(live.id);
      this.phone.registry.supervision(live.id, { ...supervision, mode: latest.mode });
    });
    return true;
  }

  /**
   * A call ended. The caller's: the supervisor leaves with them (and the API is told why). A
   * supervision leg (either side's): the phone says supervision is over.
   */
  terminated(call: CallSnapshot, reason: EndReason): void {
    if (call.leg === 'supervision' || call.leg === 'supervising') {
      this.answering.delete(call.id);
      this.phone.registry.supervision(call.id, null);
      return;
    }
    if (!isCallerCall(call)) return;
    for (const leg of this.phone.registry.calls()) {
      const live = this.phone.live.get(leg.id);
      if (leg.leg !== 'supervision' || leg.linkedCallId !== call.id || !live || !leg.supervision) continue;
      this.phone.supervisionVoucher?.ended(leg.supervision.id, reason === 'transferred' ? 'transferred' : 'call-ended');
      void this.calls.hangUp(leg.id);
    }
  }
}
