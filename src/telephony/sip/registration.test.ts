import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallRegistry } from '../call-registry';
import { offlineRegistration } from '../store';
import type { PhoneIdentity } from '../types';
import { PhoneContext } from './phone-context';
import { SipRegistration } from './registration';
import { identityFor, SipRig, until } from './testing/sip-rig';

let rig: SipRig;
let registry: CallRegistry;
let context: PhoneContext;
let registration: SipRegistration;

const isRegister = (message: string) => message.startsWith('REGISTER ');
const status = () => registry.registration().status;
/** How long until the scheduled reconnect attempt. */
const untilRetry = () => (registry.registration().retryAt ?? Number.NaN) - Date.now();

/** Connects as SipTelephony.connect does, once the microphone check has passed. */
async function connect(identity: PhoneIdentity = identityFor('2001')): Promise<void> {
  context.identity = identity;
  registry.setRegistration({ ...offlineRegistration, status: 'connecting', receivesCalls: true });
  await registration.start(identity);
}

beforeEach(() => {
  rig = new SipRig();
  registry = new CallRegistry();
  context = new PhoneContext(registry);
  registration = new SipRegistration(context, () => undefined);
});

afterEach(async () => {
  await registration.stopRegistering();
  await registration.close();
  await rig.close();
  vi.useRealTimers();
});

describe('SipRegistration', () => {
  it('registers the seat for as long as the identity says', async () => {
    const register = rig.pbx.nextMessage(isRegister);
    await connect(identityFor('2001', { registerExpiresSec: 120 }));
    expect(await register).toMatch(/^(Expires: 120|Contact: .*;expires=120)\r?$/im);
    await until(registry, () => status() !== 'connecting');
    expect(registry.registration()).toMatchObject({ status: 'registered', failure: null, attempt: 0, retryAt: null, receivesCalls: true });
    expect(registration.receivesCalls()).toBe(true);
  });

  it('never registers a phone that only places calls, though it has credentials (the supervisor’s listening phone)', async () => {
    await connect(identityFor('8101', { placesCallsOnly: true }));
    await until(registry, () => status() !== 'connecting');
    expect(registry.registration().status).toBe('registered');
    expect(registration.receivesCalls()).toBe(false);
    expect(rig.pbx.messages.filter(isRegister)).toEqual([]);
  });

  it.each([
    // A challenge is answered once with the password; a refusal is final at once.
    [401, 'Unauthorized', 2],
    [403, 'Forbidden', 1],
  ])('stops receiving calls when the PBX rejects the credentials (%i) and does not try them again', async (code, reason, registers) => {
    rig.pbx.registrar = () => ({ status: code, reason });
    await connect();
    await until(registry, () => status() !== 'connecting');
    expect(registry.registration()).toMatchObject({ status: 'failed', failure: 'credentials-rejected', retryAt: null, receivesCalls: false });
    expect(registration.receivesCalls()).toBe(false);
    // A PBX counts failed logins (brute-force protection): a rejected password is not sent again.
    await registration.close();
    expect(rig.pbx.messages.filter(isRegister)).toHaveLength(registers);
  });

  it('learns that credentials were revoked when a refresh is rejected', async () => {
    vi.useFakeTimers();
    await connect(identityFor('2001', { registerExpiresSec: 120 }));
    await until(registry, () => status() === 'registered');
    rig.pbx.registrar = () => ({ status: 403, reason: 'Forbidden' });
    await vi.advanceTimersByTimeAsync(120_000);
    await until(registry, () => status() !== 'registered');
    expect(registry.registration()).toMatchObject({ status: 'failed', failure: 'credentials-rejected', receivesCalls: false });
  });

  it('after a dropped connection, shows when it retries, backs off while the PBX is down, and registers again', async () => {
    vi.useFakeTimers();
    await connect();
    await until(registry, () => status() === 'registered');

    rig.pbx.up = false;
    rig.pbx.dropAll();
    await until(registry, () => status() === 'connecting');
    expect(registry.registration()).toMatchObject({ attempt: 1, failure: null });
    // The first retry comes quickly (500 ms, jittered ±20 %) so a PBX restart costs about a second.
    expect(untilRetry()).toBeGreaterThanOrEqual(400);
    expect(untilRetry()).toBeLessThanOrEqual(600);

    await vi.advanceTimersByTimeAsync(untilRetry());
    await until(registry, () => registry.registration().attempt === 2);
    expect(registry.registration()).toMatchObject({ status: 'connecting', failure: 'pbx-unreachable' });
    expect(untilRetry()).toBeGreaterThanOrEqual(800);

    rig.pbx.up = true;
    const register = rig.pbx.nextMessage(isRegister);
    await vi.advanceTimersByTimeAsync(untilRetry());
    await register;
    await until(registry, () => status() === 'registered');
    expect(registry.registration()).toMatchObject({ attempt: 0, retryAt: null, failure: null, receivesCalls: true });
  });

  it('yields the seat to another device: unregisters, shows taken-over, and lets the socket go', async () => {
    await connect();
    await until(registry, () => status() === 'registered');
    const unregister = rig.pbx.nextMessage((message) => isRegister(message) && /^(Expires: 0|Contact: .*;expires=0)\r?$/im.test(message));
    await registration.yieldSeat();
    await unregister;
    expect(registry.registration()).toMatchObject({ status: 'taken-over', receivesCalls: false, retryAt: null });
    expect(registration.receivesCalls()).toBe(false);
    expect(context.userAgent?.isConnected()).toBe(false);
  });

  it('hands an incoming call to call control', async () => {
    const invited = new Promise<string>((resolve) => {
      registration = new SipRegistration(context, (invitation) => resolve(invitation.remoteIdentity.uri.user ?? ''));
    });
    await connect();
    await until(registry, () => status() === 'registered');
    const caller = await rig.peer('13800000000');
    caller.call('2001');
    expect(await invited).toBe('13800000000');
  });
});
