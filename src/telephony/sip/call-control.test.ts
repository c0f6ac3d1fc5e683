import { SessionState } from 'sip.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextEvent, SipRig, until, type Peer, type TestPhone } from './testing/sip-rig';

const DIALLED = 'X-Hotline-Dialled: 057112356';

let rig: SipRig;
let phone: TestPhone;
let caller: Peer;

beforeEach(async () => {
  rig = new SipRig();
  phone = await rig.phone('2001');
  caller = await rig.peer('13800000000');
});

afterEach(() => rig.close());

describe('an incoming call', () => {
  it('rings as a hotline caller with the line they dialled', async () => {
    const offered = nextEvent(phone.registry, 'call-offered');
    caller.call('2001', [DIALLED]);
    const { call } = await offered;
    expect(call).toMatchObject({ phase: 'ringing', direction: 'inbound', leg: 'caller', remoteNumber: '13800000000', line: { dialled: '057112356', areaCode: '0571' } });
    expect(phone.registry.calls()).toEqual([call]);
  });

  it('rings as a direct call when no public line was dialled', async () => {
    const { callId } = await phone.ringFrom(caller);
    expect(phone.registry.find(callId)).toMatchObject({ leg: 'direct', line: null });
  });

  it('is answered: the caller gets 200 OK and the phone reports it answered', async () => {
    const { placed, callId } = await phone.ringFrom(caller, [DIALLED]);
    const answered = nextEvent(phone.registry, 'call-answered');
    await phone.calls.answer(callId);
    const { call } = await answered;
    expect(await placed.final).toBe(200);
    expect(call).toMatchObject({ id: callId, phase: 'active' });
    expect(call.answeredAt).not.toBeNull();
  });

  it('is answered 486 while the seat is busy with another caller, which rings on', async () => {
    const { callId } = await phone.ringFrom(caller, [DIALLED]);
    const second = await rig.peer('13900000000');
    const placed = second.call('2001', [DIALLED]);
    expect(await placed.final).toBe(486);
    expect(phone.registry.calls().map((call) => [call.id, call.phase])).toEqual([[callId, 'ringing']]);
  });

  it('ends as caller-cancelled when the caller gives up while it rings', async () => {
    const { placed, callId } = await phone.ringFrom(caller, [DIALLED]);
    const ended = nextEvent(phone.registry, 'call-ended');
    await placed.inviter.cancel();
    const event = await ended;
    expect(event.reason).toBe('caller-cancelled');
    expect(event.call).toMatchObject({ id: callId, phase: 'ended', endReason: 'caller-cancelled', answeredAt: null });
  });

  it('opens the microphone while it rings and closes it when the caller gives up', async () => {
    const { placed, callId } = await phone.ringFrom(caller, [DIALLED]);
    expect(phone.microphones).toEqual([{ constraints: { audio: true, video: false }, closed: false }]);
    const ended = nextEvent(phone.registry, 'call-ended');
    await placed.inviter.cancel();
    expect((await ended).call.id).toBe(callId);
    await vi.waitFor(() => expect(phone.microphones[0]?.closed).toBe(true));
  });

  it('is declined: the caller gets 486 and the call ends as declined', async () => {
    const { placed, callId } = await phone.ringFrom(caller, [DIALLED]);
    const ended = nextEvent(phone.registry, 'call-ended');
    await phone.calls.decline(callId);
    expect(await placed.final).toBe(486);
    expect((await ended).reason).toBe('declined');
  });
});

describe('a connected call', () => {
  it('ends as remote-hangup and goes to wrap-up on a seat that writes its callers up', async () => {
    const seat = await rig.phone('2002', { wrapsUp: true });
    const { placed, callId } = await seat.callFrom(caller, [DIALLED]);
    const ended = nextEvent(seat.registry, 'call-ended');
    await placed.inviter.bye();
    const event = await ended;
    expect(event.reason).toBe('remote-hangup');
    expect(event.call).toMatchObject({ id: callId, phase: 'wrap-up', endReason: 'remote-hangup' });
    // Wrap-up keeps the seat: the next caller is turned away until it is finished.
    const next = await rig.peer('13900000000');
    expect(await next.call('2002', [DIALLED]).final).toBe(486);
  });

  it('ends without wrap-up on a seat that does not write calls up', async () => {
    const { placed } = await phone.callFrom(caller, [DIALLED]);
    const ended = nextEvent(phone.registry, 'call-ended');
    await placed.inviter.bye();
    expect((await ended).call.phase).toBe('ended');
  });

  it('is hung up here: the caller gets a BYE and the call ends as local-hangup', async () => {
    const { placed, callId } = await phone.callFrom(caller, [DIALLED]);
    const ended = nextEvent(phone.registry, 'call-ended');
    const callerHungUp = new Promise<void>((resolve) =>
      placed.inviter.stateChange.addListener((state) => state === SessionState.Terminated && resolve()),
    );
    await phone.calls.hangUp(callId);
    await callerHungUp;
    expect((await ended).reason).toBe('local-hangup');
  });

  it('is put on hold and taken off hold by re-INVITE', async () => {
    const { callId } = await phone.callFrom(caller, [DIALLED]);
    const held = nextEvent(phone.registry, 'call-held');
    const reInvite = rig.pbx.nextMessage((message) => message.startsWith('INVITE '));
    await phone.calls.setHeld(callId, true);
    expect((await held).call).toMatchObject({ phase: 'held', held: true, problem: null });
    expect(await reInvite).toContain('a=sendonly');

    const resumed = nextEvent(phone.registry, 'call-resumed');
    await phone.calls.setHeld(callId, false);
    expect((await resumed).call).toMatchObject({ phase: 'active', held: false });
  });

  it('reports hold-failed and stays connected when the other side refuses the hold', async () => {
    const { callId } = await phone.callFrom(caller, [DIALLED]);
    caller.media.refuseOffers = true;
    const refused = rig.pbx.nextMessage((message) => message.startsWith('SIP/2.0 488'));
    await phone.calls.setHeld(callId, true);
    await refused;
    expect(phone.registry.find(callId)).toMatchObject({ phase: 'active', held: false, problem: 'hold-failed' });
  });

  it('shows that the other side put us on hold', async () => {
    const { placed, callId } = await phone.callFrom(caller, [DIALLED]);
    // sip.js types its re-INVITE options generically; its web handler reads `hold` from them.
    placed.inviter.sessionDescriptionHandlerOptionsReInvite = { hold: true } as typeof placed.inviter.sessionDescriptionHandlerOptionsReInvite;
    await placed.inviter.invite();
    await until(phone.registry, () => phone.registry.find(callId)?.remoteHeld === true);
    expect(phone.registry.find(callId)).toMatchObject({ phase: 'active', remoteHeld: true, held: false });
  });

  it('collects the digits the other side sends by INFO', async () => {
    const { placed, callId } = await phone.callFrom(caller, [DIALLED]);
    for (const tone of ['1', '#']) {
      const body = { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${tone}\r\nDuration=160` };
      await placed.inviter.info({ requestOptions: { body } });
    }
    await until(phone.registry, () => phone.registry.find(callId)?.dtmfReceived === '1#');
  });

  it('sends a digit by INFO', async () => {
    const { placed, callId } = await phone.callFrom(caller, [DIALLED]);
    const received = new Promise<string>((resolve) => {
      placed.inviter.delegate = {
        onInfo: (info) => {
          void info.accept();
          resolve(info.request.body);
        },
      };
    });
    await phone.calls.sendDtmf(callId, '7');
    expect(await received).toContain('Signal=7');
  });
});

describe('an outgoing call', () => {
  it('rings the number and connects when it answers', async () => {
    const callee = await rig.peer('13900000000');
    const dialled = nextEvent(phone.registry, 'call-dialled');
    const callId = phone.calls.place('13900000000', { leg: 'outbound' });
    expect((await dialled).call).toMatchObject({ id: callId, direction: 'outbound', leg: 'outbound', remoteNumber: '13900000000' });
    const answered = nextEvent(phone.registry, 'call-answered');
    await (await callee.nextInvite()).accept();
    expect((await answered).call).toMatchObject({ id: callId, phase: 'active' });
  });

  it('ends as busy when the number answers 486', async () => {
    const callee = await rig.peer('13900000000');
    const ended = nextEvent(phone.registry, 'call-ended');
    const callId = phone.calls.place('13900000000', { leg: 'outbound' });
    await (await callee.nextInvite()).reject({ statusCode: 486 });
    const event = await ended;
    expect(event.reason).toBe('busy');
    expect(event.call).toMatchObject({ id: callId, phase: 'ended', answeredAt: null });
  });

  it('ends as not-found for a number nobody has', async () => {
    const ended = nextEvent(phone.registry, 'call-ended');
    phone.calls.place('10000', { leg: 'outbound' });
    expect((await ended).reason).toBe('not-found');
  });
});
