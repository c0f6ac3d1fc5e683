import { Invitation, Inviter, Registerer, SIPExtension, UserAgent, type Core, type SessionDescriptionHandlerFactory } from 'sip.js';
import { vi } from 'vitest';
import { CallRegistry } from '../../call-registry';
import type { TelephonyEventOf, TelephonyEventType } from '../../events';
import type { PhoneIdentity } from '../../types';
import { SipCallControl } from '../call-control';
import { PhoneContext } from '../phone-context';
import { QualityMonitor } from '../quality-monitor';
import { SipSupervision } from '../supervision';
import { SipTraining } from '../training';
import { SipTransfers } from '../transfers';
import { FakeSdh, type MediaPolicy } from './fake-media';
import { TestPbx } from './fake-pbx';

export const DOMAIN = 'hotline.test';
export const WS_URL = 'wss://pbx.hotline.test';

export function identityFor(user: string, options: Partial<PhoneIdentity> = {}): PhoneIdentity {
  return { wsUrl: WS_URL, domain: DOMAIN, registerExpiresSec: 300, credentials: { username: user, password: 'secret', displayName: user }, ...options };
}

/** The next event of this type the phone reports. */
export function nextEvent<T extends TelephonyEventType>(registry: CallRegistry, type: T): Promise<TelephonyEventOf<T>> {
  return new Promise((resolve) => {
    const off = registry.events.on(type, (event) => {
      off();
      resolve(event);
    });
  });
}

/** Resolves once the registry's state satisfies `ready` (checked now and on every change). */
export function until(registry: CallRegistry, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const off = registry.store.subscribe(() => {
      if (!ready()) return;
      off();
      resolve();
    });
  });
}

/** The final status code an INVITE got, as the party that sent it saw it. */
export interface PlacedCall {
  inviter: Inviter;
  final: Promise<number>;
}

/** A plain sip.js phone on the other end: a caller, a colleague, a transfer target. */
export class Peer {
  private readonly invites: Invitation[] = [];
  private readonly waiting: ((invitation: Invitation) => void)[] = [];

  constructor(
    readonly user: string,
    readonly ua: UserAgent,
    readonly media: MediaPolicy,
  ) {}

  onInvite(invitation: Invitation): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(invitation);
    else this.invites.push(invitation);
  }

  nextInvite(): Promise<Invitation> {
    const queued = this.invites.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  call(number: string, extraHeaders: string[] = []): PlacedCall {
    const target = UserAgent.makeURI(`sip:${number}@${DOMAIN}`);
    if (!target) throw new Error(`bad number ${number}`);
    const inviter = new Inviter(this.ua, target, { extraHeaders });
    const final = new Promise<number>((resolve) => {
      const status = (response: Core.IncomingResponse) => resolve(response.message.statusCode ?? 0);
      void inviter.invite({ requestDelegate: { onAccept: status, onReject: status } });
    });
    return { inviter, final };
  }
}

/**
 * The phone under test (call control, transfers and the quality monitor wired as the facade wires
 * them, around one registry) and its peers, all real sip.js over an in-memory PBX.
 */
export class SipRig {
  readonly pbx = new TestPbx();
  private readonly agents: UserAgent[] = [];
  private readonly registries: CallRegistry[] = [];

  constructor() {
    vi.stubGlobal('WebSocket', this.pbx.WebSocket);
  }

  async peer(user: string): Promise<Peer> {
    const media: MediaPolicy = { refuseOffers: false };
    const ua = this.userAgent(user, () => new FakeSdh(media), (invitation) => peer.onInvite(invitation));
    const peer = new Peer(user, ua, media);
    await ua.start();
    await register(ua);
    return peer;
  }

  async phone(user = '2001', options: { wrapsUp?: boolean; sdh?: SessionDescriptionHandlerFactory } = {}): Promise<TestPhone> {
    const phone = new TestPhone(identityFor(user, { wrapUpCallerCalls: options.wrapsUp ?? false }));
    this.registries.push(phone.registry);
    const media: MediaPolicy = { refuseOffers: false };
    const ua = this.userAgent(user, options.sdh ?? (() => new FakeSdh(media)), (invitation) => phone.calls.incoming(invitation));
    phone.context.userAgent = ua;
    await ua.start();
    await register(ua);
    return phone;
  }

  async close(): Promise<void> {
    for (const ua of this.agents) await ua.stop().catch(() => undefined);
    for (const registry of this.registries) registry.clear();
    vi.unstubAllGlobals();
  }

  private userAgent(user: string, sdh: SessionDescriptionHandlerFactory, onInvite: (invitation: Invitation) => void): UserAgent {
    const uri = UserAgent.makeURI(`sip:${user}@${DOMAIN}`);
    if (!uri) throw new Error(`bad user ${user}`);
    const ua = new UserAgent({
      uri,
      transportOptions: { server: WS_URL },
      sessionDescriptionHandlerFactory: sdh,
      sipExtensionReplaces: SIPExtension.Supported,
      // A test's end drops everything at once rather than waiting for goodbyes nobody checks.
      gracefulShutdown: false,
      logBuiltinEnabled: false,
      logLevel: 'error',
      delegate: { onInvite },
    });
    this.agents.push(ua);
    return ua;
  }
}

/** The parts of the real phone that work on calls, wired as SipTelephony wires them. */
export class TestPhone {
  readonly registry = new CallRegistry();
  /** Microphones the phone opened (while a call rang), and whether each was closed again. */
  readonly microphones: { constraints: MediaStreamConstraints; closed: boolean }[] = [];
  readonly context = new PhoneContext(this.registry, async (constraints) => {
    const microphone = { constraints, closed: false };
    this.microphones.push(microphone);
    const track = { stop: () => (microphone.closed = true) };
    return { getTracks: () => [track] } as unknown as MediaStream;
  });
  readonly quality = new QualityMonitor(this.context);
  readonly calls: SipCallControl = new SipCallControl(this.context, {
    established: (live) => {
      this.quality.start();
      this.transfers.established(live);
      this.supervision.established(live);
    },
    terminated: (call, reason) => {
      this.transfers.terminated(call, reason);
      this.supervision.terminated(call, reason);
      this.training.terminated(call);
      this.quality.stopIfIdle();
    },
    referred: (live, referral) => this.transfers.referred(live, referral),
    supervisionOffered: (invitation) => void this.supervision.offered(invitation),
    trainingOffered: (invitation) => void this.training.offered(invitation),
    info: (live, info) => this.supervision.info(live, info),
  });
  readonly transfers = new SipTransfers(this.context, this.calls);
  readonly supervision = new SipSupervision(this.context, this.calls);
  readonly training = new SipTraining(this.context, this.calls);

  constructor(identity: PhoneIdentity) {
    this.context.identity = identity;
    this.registry.seatWrapsUp = identity.wrapUpCallerCalls === true;
    this.registry.setRegistration({ status: 'registered', receivesCalls: true });
  }

  /** A call of `peer` to this phone, ringing here. */
  async ringFrom(peer: Peer, extraHeaders: string[] = []): Promise<{ placed: PlacedCall; callId: string }> {
    const offered = nextEvent(this.registry, 'call-offered');
    const placed = peer.call(this.context.identity?.credentials?.username ?? '', extraHeaders);
    const { call } = await offered;
    return { placed, callId: call.id };
  }

  /** A call of `peer` to this phone, answered here. */
  async callFrom(peer: Peer, extraHeaders: string[] = []): Promise<{ placed: PlacedCall; callId: string }> {
    const ringing = await this.ringFrom(peer, extraHeaders);
    const answered = nextEvent(this.registry, 'call-answered');
    await this.calls.answer(ringing.callId);
    await answered;
    return ringing;
  }
}

function register(ua: UserAgent): Promise<void> {
  return new Promise((resolve, reject) => {
    void new Registerer(ua, { expires: 300 }).register({
      requestDelegate: { onAccept: () => resolve(), onReject: (response) => reject(new Error(`REGISTER ${response.message.statusCode}`)) },
    });
  });
}
