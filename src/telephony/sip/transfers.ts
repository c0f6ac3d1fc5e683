import { SessionState, type Notification, type Referral } from 'sip.js';
import { formatHandoffHeader, HANDOFF_HEADER, parseDialledLine, PRACTICE_FOR_HEADER } from '../../contract';
import type { CallRegistry } from '../call-registry';
import { endReasonFromStatus, microphoneConstraints } from '../media';
import { practiceDial } from '../practice-target';
import type { CallSnapshot, ConsultOptions, EndReason } from '../types';
import type { LiveCall } from './call-media';
import type { SipCallControl } from './call-control';
import type { PhoneContext } from './phone-context';

/** The status line of a REFER progress NOTIFY (a message/sipfrag body: "SIP/2.0 200 OK"). */
function referProgress(notification: Notification): number | null {
  const match = /^SIP\/2\.0\s+(\d{3})/.exec(notification.request.body ?? '');
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * Handing a caller on with the PBX only relaying: blind transfer (REFER), consult then transfer
 * (REFER with Replaces), and three-way conferences mixed in this browser. Also the caller's side
 * of a transfer (following a REFER), which the simulator's phone needs.
 */
export class SipTransfers {
  private readonly registry: CallRegistry;

  constructor(
    private readonly phone: PhoneContext,
    private readonly calls: SipCallControl,
  ) {
    this.registry = phone.registry;
  }

  async blindTransfer(callId: string, number: string): Promise<void> {
    const live = this.phone.live.get(callId);
    const { dial, askedFor } = practiceDial(this.registry.find(callId), number);
    // A mock call that cannot reach its practice target transfers nowhere rather than to `number`.
    if (dial === null) return this.registry.consultationFailed(callId, 'failed');
    const target = this.phone.uri(dial);
    if (!live || !target || live.session.state !== SessionState.Established) return;
    this.registry.transferStarted(callId);
    await live.session
      .refer(target, {
        requestDelegate: { onReject: (response) => this.failed(callId, endReasonFromStatus(response.message.statusCode ?? 500)) },
        // The console a mock call is sent to learns what the trainee asked for.
        requestOptions: { extraHeaders: askedFor === null ? [] : [`${PRACTICE_FOR_HEADER}: ${askedFor}`] },
        onNotify: (notification) => this.onReferNotify(callId, notification),
      })
      .catch(() => this.failed(callId, 'failed'));
  }

  async consult(callId: string, number: string, options: ConsultOptions): Promise<string> {
    const caller = this.phone.live.get(callId);
    if (!caller || caller.session.state !== SessionState.Established) throw new Error('no-call');
    const call = this.registry.find(callId);
    const { dial, askedFor } = practiceDial(call, number);
    if (dial === null) throw new Error('no-practice-target');
    this.registry.patch(callId, { transferFailure: null });
    if (options.holdCaller) await this.calls.setHeld(callId, true);
    const extraHeaders = options.handoff ? [`${HANDOFF_HEADER}: ${formatHandoffHeader(options.handoff.id, options.handoff.token)}`] : [];
    if (askedFor !== null) extraHeaders.push(`${PRACTICE_FOR_HEADER}: ${askedFor}`);
    const consultId = this.calls.place(dial, { leg: 'consultation', extraHeaders, linkedTo: callId });
    // A practice call shows the number asked for ("120"), marked as training, while it dials the trainer.
    if (askedFor !== null) this.registry.patch(consultId, { remoteNumber: askedFor, line: parseDialledLine(askedFor), training: call?.training ?? null });
    const consulted = this.phone.live.get(consultId);
    if (consulted) consulted.conferenceOnAnswer = options.conferenceOnAnswer;
    this.registry.patch(callId, { linkedCallId: consultId });
    return consultId;
  }

  async completeTransfer(callId: string): Promise<void> {
    const call = this.registry.find(callId);
    const caller = this.phone.live.get(callId);
    const consulted = call?.linkedCallId ? this.phone.live.get(call.linkedCallId) : undefined;
    if (!call || !caller || !consulted || consulted.session.state !== SessionState.Established) return;
    this.stopConference(call);
    this.registry.transferStarted(callId);
    // The consulted party will be replaced by the caller and hang up on us: that is the transfer.
    consulted.endReason = 'transferred';
    // REFER with Replaces: the caller's phone calls the consulted party, replacing our call with them.
    const practice = this.registry.find(consulted.id);
    await caller.session
      .refer(consulted.session, {
        requestDelegate: { onReject: (response) => this.failed(callId, endReasonFromStatus(response.message.statusCode ?? 500)) },
        requestOptions: { extraHeaders: practice?.training ? [`${PRACTICE_FOR_HEADER}: ${practice.remoteNumber}`] : [] },
        onNotify: (notification) => this.onReferNotify(callId, notification),
      })
      .catch(() => this.failed(callId, 'failed'));
  }

  /** The seat's audio (seat-audio.ts) follows the conference flag: this only decides it. */
  async joinConference(callId: string): Promise<void> {
    const call = this.registry.find(callId);
    const caller = this.phone.live.get(callId);
    const consulted = call?.linkedCallId ? this.phone.live.get(call.linkedCallId) : undefined;
    if (!call || !caller || !consulted || call.conference || consulted.session.state !== SessionState.Established) return;
    if (call.held) await this.calls.setHeld(callId, false);
    this.registry.conference([callId, consulted.id], true);
  }

  /** A consultation answered that was placed to become a conference joins it at once. */
  established(live: LiveCall): void {
    const call = this.registry.find(live.id);
    if (live.conferenceOnAnswer && call?.linkedCallId) void this.joinConference(call.linkedCallId);
  }

  /**
   * When a consultation ends, the caller comes back to the counsellor: off hold, and told why
   * if the consulted party never answered. When the caller's call ends, its consultation stays
   * up as an ordinary call.
   */
  terminated(ended: CallSnapshot, reason: EndReason): void {
    this.stopConference(ended);
    const linked = ended.linkedCallId ? this.registry.find(ended.linkedCallId) : undefined;
    if (!linked || linked.linkedCallId !== ended.id || !this.phone.live.has(linked.id)) return;
    const consultationEnded = ended.direction === 'outbound' && linked.phase !== 'transferring';
    this.registry.patch(linked.id, { linkedCallId: null });
    this.registry.conference([linked.id], false);
    if (consultationEnded && ended.answeredAt === null) this.registry.consultationFailed(linked.id, reason);
    if (consultationEnded && linked.held) void this.calls.setHeld(linked.id, false);
  }

  /** The caller's side of a transfer: follow the REFER, then leave the transferor. */
  referred(referred: LiveCall, referral: Referral): void {
    if (this.registry.find(referred.id)?.leg === 'mock-caller') return this.reachedPracticeTarget(referred, referral);
    // The REFER's 202 only acknowledges it; the new call below is what counts, and it reports itself.
    void referral.accept().catch(() => undefined);
    const inviter = referral.makeInviter({ sessionDescriptionHandlerOptions: { constraints: microphoneConstraints(this.phone.microphoneId()) } });
    inviter.stateChange.addListener((state) => {
      if (state === SessionState.Established && referred.session.state === SessionState.Established) {
        referred.endReason = 'transferred';
        // The transferor hangs up on its side too; our call with it ends either way.
        void referred.session.bye().catch(() => undefined);
      }
    });
    this.calls.placeWith(inviter, referral.referTo.uri.user ?? '', 'outbound');
  }

  /**
   * The trainee blind-transferred the trainer's mock caller to the practice target: this console,
   * which plays both the caller and the target. It calls nobody (a phone calling itself gets 482
   * Loop Detected, measured with Kamailio); it reports the transfer done, as the answering target
   * would, so the trainee's phone leaves the call, and keeps the number the trainee asked for.
   */
  reachedPracticeTarget(referred: LiveCall, referral: Referral): void {
    void referral.accept().catch(() => undefined);
    this.registry.patch(referred.id, { practiceFor: referral.request.getHeader(PRACTICE_FOR_HEADER) ?? null });
    referred.endReason = 'transferred';
    const done = { contentDisposition: 'render', contentType: 'message/sipfrag', content: 'SIP/2.0 200 OK' };
    referred.session.dialog?.notify(undefined, { extraHeaders: ['Event: refer', 'Subscription-State: terminated'], body: done });
    // An attended transfer: the practice call it would replace ends, as a replaced call does.
    const replacedCallId = referral.replaces ? decodeURIComponent(referral.replaces).split(';')[0] : undefined;
    const replaced = this.registry.calls().find((call) => call.sipCallId === replacedCallId);
    if (replaced) void this.calls.hangUp(replaced.id);
  }

  private stopConference(call: CallSnapshot): void {
    const ids = [call.id, call.linkedCallId].filter((id): id is string => id !== null);
    this.registry.conference(ids, false);
  }

  private onReferNotify(callId: string, notification: Notification): void {
    // The 200 to a progress NOTIFY is a courtesy; its body is read either way.
    void notification.accept().catch(() => undefined);
    const status = referProgress(notification);
    if (status === null || status < 200) return;
    if (status >= 300) {
      this.failed(callId, endReasonFromStatus(status));
      return;
    }
    // The caller is with the target now: our part of the call is over.
    const live = this.phone.live.get(callId);
    if (!live) return;
    live.endReason = 'transferred';
    // If the BYE cannot be sent, the caller's own BYE to us ends the call the same way.
    if (live.session.state === SessionState.Established) void live.session.bye().catch(() => undefined);
  }

  private failed(callId: string, reason: EndReason): void {
    const call = this.registry.find(callId);
    const consulted = call?.linkedCallId ? this.phone.live.get(call.linkedCallId) : undefined;
    if (call?.phase === 'transferring' && consulted?.endReason === 'transferred') consulted.endReason = null;
    this.registry.transferFailed(callId, reason);
  }
}
