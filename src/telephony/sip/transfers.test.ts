import { SessionState, UserAgent, type Notification } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOMAIN, nextEvent, SipRig, until, type Peer, type TestPhone } from './testing/sip-rig';

const DIALLED = 'X-Hotline-Dialled: 12356';

let rig: SipRig;
let phone: TestPhone;
let caller: Peer;

beforeEach(async () => {
  rig = new SipRig();
  phone = await rig.phone('2001');
  caller = await rig.peer('13800000000');
});

afterEach(() => rig.close());

describe('blind transfer', () => {
  it('sends the caller to the target by REFER and ends our call as transferred once they connect', async () => {
    const target = await rig.peer('2002');
    const { placed, callId } = await phone.callFrom(caller, [DIALLED]);
    const started = nextEvent(phone.registry, 'transfer-started');
    const ended = nextEvent(phone.registry, 'call-ended');
    const refer = rig.pbx.nextMessage((message) => message.startsWith('REFER '));
    await phone.transfers.blindTransfer(callId, '2002');
    expect(await refer).toMatch(/^Refer-To: <?sip:2002@hotline\.test/im);
    expect((await started).call.phase).toBe('transferring');

    const notify = rig.pbx.nextMessage((message) => message.startsWith('NOTIFY ') && message.includes('SIP/2.0 200'));
    const followed = await target.nextInvite();
    expect(followed.remoteIdentity.uri.user).toBe('13800000000');
    await followed.accept();
    await notify;
    const event = await ended;
    expect(event.reason).toBe('transferred');
    expect(event.call).toMatchObject({ id: callId, phase: 'ended', endReason: 'transferred' });
    expect(placed.inviter.state).toBe(SessionState.Terminated);
  });

  it('keeps the caller when the target is busy, and says why', async () => {
    const target = await rig.peer('2002');
    const { placed, callId } = await phone.callFrom(caller, [DIALLED]);
    const failed = nextEvent(phone.registry, 'transfer-failed');
    await phone.transfers.blindTransfer(callId, '2002');
    await (await target.nextInvite()).reject({ statusCode: 486 });
    const event = await failed;
    expect(event.reason).toBe('busy');
    expect(event.call).toMatchObject({ id: callId, phase: 'active', transferFailure: 'busy' });
    expect(placed.inviter.state).toBe(SessionState.Established);
  });
});

describe('consult, then transfer', () => {
  it('holds the caller and places a consultation linked to their call', async () => {
    const colleague = await rig.peer('2002');
    const { callId } = await phone.callFrom(caller, [DIALLED]);
    const held = nextEvent(phone.registry, 'call-held');
    const dialled = nextEvent(phone.registry, 'call-dialled');
    const consultId = await phone.transfers.consult(callId, '2002', { holdCaller: true, conferenceOnAnswer: false });
    await held;
    expect((await dialled).call).toMatchObject({ id: consultId, leg: 'consultation', direction: 'outbound', remoteNumber: '2002', linkedCallId: callId });
    expect(phone.registry.find(callId)).toMatchObject({ phase: 'held', linkedCallId: consultId });
    expect((await colleague.nextInvite()).remoteIdentity.uri.user).toBe('2001');
  });

  it('brings the caller back off hold, with the reason, when the consulted party is busy', async () => {
    const colleague = await rig.peer('2002');
    const { callId } = await phone.callFrom(caller, [DIALLED]);
    await phone.transfers.consult(callId, '2002', { holdCaller: true, conferenceOnAnswer: false });
    const resumed = nextEvent(phone.registry, 'call-resumed');
    await (await colleague.nextInvite()).reject({ statusCode: 486 });
    expect((await resumed).call).toMatchObject({ id: callId, phase: 'active', held: false });
    expect(phone.registry.find(callId)).toMatchObject({ linkedCallId: null, transferFailure: 'busy' });
  });

  it('connects the caller to the consulted counsellor by REFER with Replaces, on both phones', async () => {
    const colleague = await rig.phone('2002');
    const { callId } = await phone.callFrom(caller, [DIALLED]);
    const consultOffered = nextEvent(colleague.registry, 'call-offered');
    const consultId = await phone.transfers.consult(callId, '2002', { holdCaller: true, conferenceOnAnswer: false });
    const consultAnswered = nextEvent(phone.registry, 'call-answered');
    await colleague.calls.answer((await consultOffered).call.id);
    await consultAnswered;

    const endedHere: Record<string, string> = {};
    const allEnded = new Promise<void>((resolve) =>
      phone.registry.events.on('call-ended', ({ call, reason }) => {
        endedHere[call.id] = reason;
        if (Object.keys(endedHere).length === 2) resolve();
      }),
    );
    const replacedThere = nextEvent(colleague.registry, 'call-ended');
    const callerThere = nextEvent(colleague.registry, 'call-answered');
    const refer = rig.pbx.nextMessage((message) => message.startsWith('REFER '));
    await phone.transfers.completeTransfer(callId);
    expect(await refer).toMatch(/^Refer-To: .*Replaces=/im);

    await allEnded;
    expect(endedHere).toEqual({ [callId]: 'transferred', [consultId]: 'transferred' });
    expect(await replacedThere).toMatchObject({ reason: 'replaced' });
    expect((await callerThere).call).toMatchObject({ remoteNumber: '13800000000', phase: 'active' });
  });
});

describe("the caller's side of a transfer", () => {
  it('follows a REFER to the target and leaves the transferor', async () => {
    const counsellor = await rig.peer('2002');
    const target = await rig.peer('2003');
    const callId = phone.calls.place('2002', { leg: 'outbound' });
    const answered = nextEvent(phone.registry, 'call-answered');
    const invitation = await counsellor.nextInvite();
    await invitation.accept();
    await answered;

    const progress: string[] = [];
    const transferred = new Promise<void>((resolve) => {
      const referTo = UserAgent.makeURI(`sip:2003@${DOMAIN}`);
      if (!referTo) throw new Error('bad uri');
      void invitation.refer(referTo, {
        onNotify: (notification: Notification) => {
          void notification.accept();
          progress.push(notification.request.body);
          if (notification.request.body.startsWith('SIP/2.0 200')) resolve();
        },
      });
    });
    const ended = nextEvent(phone.registry, 'call-ended');
    const followed = nextEvent(phone.registry, 'call-dialled');
    await (await target.nextInvite()).accept();
    await transferred;
    expect((await followed).call).toMatchObject({ leg: 'outbound', remoteNumber: '2003' });
    expect(await ended).toMatchObject({ reason: 'transferred', call: { id: callId } });
    await until(phone.registry, () => phone.registry.calls().some((call) => call.remoteNumber === '2003' && call.phase === 'active'));
  });
});
