/**
 * The dev/test PBX with real signalling: a stub of the API's PBX callbacks, the real Kamailio
 * started through pbx.mjs on free loopback ports, and sip.js 0.21 phones in Node over `ws`.
 * No media here (a fake session description handler answers with a static SDP); audio is
 * covered by the browser e2e suite.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createSocket as createDgramSocket } from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// The PBX test is a SIP client by nature; only it and src/telephony talk to sip.js.
// eslint-disable-next-line no-restricted-imports
import {
  Invitation,
  Inviter,
  Registerer,
  SessionState,
  SIPExtension,
  UserAgent,
  type Info,
  type Notification,
  type Referral,
  type Session,
  type SessionDescriptionHandler,
} from 'sip.js';
import { PBX_SECRET_HEADER, PbxHa1Query, PbxQueueEventQuery, PbxRouteQuery } from '../src/contract/pbx';
import { hotlineHeaders, parseDialledLine } from '../src/contract/lines';
import { probeWebSocket, startPbx, stopPbx, type PbxInfo, type PbxOptions } from './pbx.mjs';

// sip.js opens its transport with the global WebSocket, which Node 20 lacks. (`ws` ships no
// types and @types/ws is not a dependency; the global is all sip.js needs.)
const { WebSocket } = createRequire(import.meta.url)('ws') as { WebSocket: unknown };
Object.assign(globalThis, { WebSocket });

const DOMAIN = '12356.local';
const SECRET = `test-${randomBytes(12).toString('hex')}`;
const RING_TIMEOUT_MS = 2000;

const PASSWORDS: Record<string, string> = {
  alice: 'alice-pw',
  bob: 'bob-pw',
  carol: 'carol-pw',
  dave: 'dave-pw',
  ghost: 'ghost-pw', // exists in the API, never registers
  '120': 'ambulance-pw', // a service number registered by the caller simulator
  '13800138000': 'mobile-pw', // a caller's mobile registered by the caller simulator
  tr8201: 'trainer-pw', // a trainer's console phone: the mock caller and the practice target (#14)
  '8005': 'trainee-pw', // a trainee's seat
};

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

// ---------------------------------------------------------------- stub API

interface RouteAsk {
  dialled: string;
  callId: string;
  tried: string[];
  /** Only when the PBX names one: who it found unregistered just now. */
  unreachable?: string;
}

const stub = {
  /** Counsellors the API would offer, in order; the first not yet tried is returned. */
  queue: [] as string[],
  asks: [] as RouteAsk[],
  ha1Users: [] as string[],
  /** The body of the 404 when nobody is left: why (see PbxNoRouteReason), or '' for no reason. */
  nobody: '' as string,
  /** When set and nobody is left to offer: hold the caller in the queue for this many seconds. */
  queueLimit: null as number | null,
  /** What the PBX told the queue (GET /api/pbx/queue-event). */
  queueEvents: [] as { event: string; callId: string; tindex?: string; tlabel?: string }[],
  /** Reset connections instead of answering (API unreachable). */
  down: false,
  /** Requests the stub refused (bad secret, bad query): must stay empty. */
  problems: [] as string[],
};

const queueEventWaiters: (() => void)[] = [];

/** The `nth` queue event of a kind the PBX sent for a call, once it arrives. */
async function queueEvent(event: string, callId: string, nth = 1, ms = 3000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = stub.queueEvents.filter((e) => e.event === event && e.callId === callId)[nth - 1];
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no queue event ${event} for ${callId}: ${JSON.stringify(stub.queueEvents)}`);
    await within(new Promise<void>((r) => queueEventWaiters.push(r)), Math.max(1, deadline - Date.now()), `queue event ${event}`).catch(() => undefined);
  }
}

/** The API's release of a queued call, as the queue sends it. */
async function release(handle: { tindex?: string; tlabel?: string }, secret = SECRET) {
  const res = await fetch(`${pbx.wsUrl.replace(/^ws/, 'http')}/queue/release?tindex=${handle.tindex}&tlabel=${handle.tlabel}`, {
    method: 'POST',
    headers: { [PBX_SECRET_HEADER]: secret },
  });
  await res.body?.cancel();
  return res.status;
}

function stubApi(req: IncomingMessage, res: ServerResponse) {
  if (stub.down) {
    req.socket.destroy();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://stub');
  const text = (status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(body);
  };
  if (req.method !== 'GET') return text(405, 'method');
  if (req.headers[PBX_SECRET_HEADER.toLowerCase()] !== SECRET) {
    stub.problems.push(`bad secret on ${url.pathname}`);
    return text(401, 'secret');
  }
  const query = Object.fromEntries(url.searchParams);
  if (url.pathname === '/api/pbx/ha1') {
    const q = PbxHa1Query.safeParse(query);
    if (!q.success || q.data.realm !== DOMAIN) {
      stub.problems.push(`bad ha1 query ${url.search}`);
      return text(400, 'query');
    }
    stub.ha1Users.push(q.data.username);
    const password = PASSWORDS[q.data.username];
    return password ? text(200, md5(`${q.data.username}:${q.data.realm}:${password}`)) : text(404, 'unknown');
  }
  if (url.pathname === '/api/pbx/route') {
    const q = PbxRouteQuery.safeParse(query);
    if (!q.success) {
      stub.problems.push(`bad route query ${url.search}`);
      return text(400, 'query');
    }
    const tried = q.data.tried ? q.data.tried.split(',') : [];
    stub.asks.push({ dialled: q.data.dialled, callId: q.data.callId, tried, ...(q.data.unreachable && { unreachable: q.data.unreachable }) });
    const next = stub.queue.find((user) => !tried.includes(user));
    if (next) return text(200, next);
    return text(404, stub.queueLimit === null ? stub.nobody : `queue:${stub.queueLimit}`);
  }
  if (url.pathname === '/api/pbx/queue-event') {
    const q = PbxQueueEventQuery.safeParse(query);
    if (!q.success) {
      stub.problems.push(`bad queue event ${url.search}`);
      return text(400, 'query');
    }
    stub.queueEvents.push({ event: q.data.event, callId: q.data.callId, ...(query.tindex && { tindex: query.tindex, tlabel: query.tlabel }) });
    for (const waiter of queueEventWaiters.splice(0)) waiter();
    return text(200, 'ok');
  }
  return text(404, 'not found');
}

// ---------------------------------------------------------------- fake media

const SDP = [
  'v=0',
  'o=- 1 1 IN IP4 127.0.0.1',
  's=-',
  'c=IN IP4 127.0.0.1',
  't=0 0',
  'm=audio 9 RTP/AVP 0',
  'a=rtpmap:0 PCMU/8000',
  'a=sendrecv',
  '',
].join('\r\n');

class FakeSdh implements SessionDescriptionHandler {
  remoteDescriptions: string[] = [];
  close() {}
  getDescription() {
    return Promise.resolve({ body: SDP, contentType: 'application/sdp' });
  }
  hasDescription(contentType: string) {
    return contentType === 'application/sdp';
  }
  setDescription(sdp: string) {
    this.remoteDescriptions.push(sdp);
    return Promise.resolve();
  }
  rollbackDescription() {
    return Promise.resolve();
  }
  sendDtmf() {
    return false;
  }
}

// ---------------------------------------------------------------- phones

let pbx: PbxInfo;
let pbxOptions: PbxOptions;
const phones: Phone[] = [];

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)),
  ]);
}

/** The status code of a response handed to a request delegate. */
const code = (r: { message: { statusCode?: number } }) => r.message.statusCode ?? 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Phone {
  readonly ua: UserAgent;
  private invites: Invitation[] = [];
  private waiting: ((inv: Invitation) => void)[] = [];

  /** user: the AOR user; credentials: digest login (omit for an anonymous caller phone). */
  constructor(
    readonly user: string,
    credentials?: { username: string; password: string },
  ) {
    const uri = UserAgent.makeURI(`sip:${user}@${DOMAIN}`);
    if (!uri) throw new Error(`bad user ${user}`);
    this.ua = new UserAgent({
      uri,
      displayName: user,
      transportOptions: { server: pbx.wsUrl },
      authorizationUsername: credentials?.username,
      authorizationPassword: credentials?.password,
      sessionDescriptionHandlerFactory: () => new FakeSdh(),
      sipExtensionReplaces: SIPExtension.Supported,
      logBuiltinEnabled: false,
      delegate: {
        onInvite: (invitation) => {
          const waiter = this.waiting.shift();
          if (waiter) waiter(invitation);
          else this.invites.push(invitation);
        },
      },
    });
    phones.push(this);
  }

  static async staff(user: string, password = PASSWORDS[user] ?? 'x', aor = user) {
    const phone = new Phone(aor, { username: user, password });
    await phone.ua.start();
    return phone;
  }

  static async anonymous(user = `caller${randomBytes(3).toString('hex')}`) {
    const phone = new Phone(user);
    await phone.ua.start();
    return phone;
  }

  /** Contacts the registrar listed in its last 200 OK to REGISTER. */
  registeredContacts: string[] = [];

  /** REGISTER; resolves with the final status code. */
  register(): Promise<number> {
    const registerer = new Registerer(this.ua, { expires: 300 });
    const done = deferred<number>();
    void registerer.register({
      requestDelegate: {
        onAccept: (r) => {
          this.registeredContacts = r.message.getHeaders('contact');
          done.resolve(code(r));
        },
        onReject: (r) => done.resolve(code(r)),
      },
    });
    return within(done.promise, 5000, `REGISTER of ${this.user}`);
  }

  nextInvite(ms = 3000): Promise<Invitation> {
    const queued = this.invites.shift();
    if (queued) return Promise.resolve(queued);
    const got = deferred<Invitation>();
    this.waiting.push(got.resolve);
    return within(got.promise, ms, `an INVITE at ${this.user}`);
  }

  /** Asserts that no INVITE arrives within ms. */
  async expectNoInvite(ms: number) {
    await sleep(ms);
    expect(this.invites.map((i) => i.request.callId), `${this.user} should not ring`).toEqual([]);
  }

  /** Places a call; `final` resolves with the final response code. */
  call(target: string | ReturnType<typeof UserAgent.makeURI>, extraHeaders: string[] = []) {
    const uri = typeof target === 'string' ? UserAgent.makeURI(`sip:${target}@${DOMAIN}`) : target;
    if (!uri) throw new Error(`bad target ${String(target)}`);
    const inviter = new Inviter(this.ua, uri, { extraHeaders });
    const final = deferred<{ code: number; reason: string }>();
    const progress: number[] = [];
    void inviter.invite({
      requestDelegate: {
        onProgress: (r) => progress.push(code(r)),
        onAccept: (r) => final.resolve({ code: code(r), reason: r.message.reasonPhrase ?? '' }),
        onReject: (r) => final.resolve({ code: code(r), reason: r.message.reasonPhrase ?? '' }),
      },
    });
    return { inviter, progress, final: within(final.promise, 8000, `final response to a call to ${String(target)}`) };
  }

  async stop() {
    // Bounded: when signalling is broken, stop() would wait for BYE timeouts.
    await within(this.ua.stop(), 2000, `${this.user} to stop`).catch(() => undefined);
  }
}

function waitState(session: Session, state: SessionState, ms = 3000): Promise<void> {
  if (session.state === state) return Promise.resolve();
  const reached = deferred<true>();
  session.stateChange.addListener((s) => {
    if (s === state) reached.resolve(true);
  });
  return within(reached.promise, ms, `session state ${state}`).then(() => undefined);
}

/** Ends every phone and forgets it, so each test starts with nobody registered. */
async function hangUpEveryone() {
  await Promise.all(phones.splice(0).map((p) => p.stop()));
  await sleep(100); // let Kamailio drop the contacts of the closed WebSockets
}

/** An anonymous caller dials `dialled`; the counsellor phone answers. Returns both ends. */
async function connectedCall(caller: Phone, counsellor: Phone, dialled = '12356') {
  const { inviter, final } = caller.call(dialled);
  const invitation = await counsellor.nextInvite();
  await invitation.accept();
  expect((await final).code).toBe(200);
  await waitState(inviter, SessionState.Established);
  await waitState(invitation, SessionState.Established);
  return { inviter, invitation };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------- setup

const api = createServer(stubApi);
let runDir: string;

beforeAll(async () => {
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
  const address = api.address();
  const apiPort = typeof address === 'object' && address ? address.port : 0;
  runDir = mkdtempSync(join(tmpdir(), 'pbx-test-'));
  let udpPort = await freePort();
  const wsPort = await freePort();
  while (udpPort === wsPort) udpPort = await freePort();
  pbxOptions = {
    wsPort,
    udpPort,
    apiUrl: `http://127.0.0.1:${apiPort}`,
    secret: SECRET,
    domain: DOMAIN,
    runDir,
    ringTimeoutMs: RING_TIMEOUT_MS,
    // In our process group: a killed test run takes Kamailio with it.
    detached: false,
  };
  pbx = await startPbx(pbxOptions);
});

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => {
    console.error(`--- kamailio log (tail) ---\n${readFileSync(pbx.logFile, 'utf8').split('\n').slice(-60).join('\n')}`);
  });
});

afterEach(async () => {
  await hangUpEveryone();
  stub.queue = [];
  stub.asks = [];
  stub.ha1Users = [];
  stub.nobody = '';
  stub.queueLimit = null;
  stub.queueEvents = [];
  stub.down = false;
  expect(stub.problems).toEqual([]);
});

afterAll(async () => {
  await stopPbx({ runDir });
  await new Promise((r) => api.close(r));
  rmSync(runDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- tests

describe('registration', () => {
  it('accepts staff with the right password, checking the HA1 with the API', async () => {
    const alice = await Phone.staff('alice');
    expect(await alice.register()).toBe(200);
    expect(stub.ha1Users).toContain('alice');
  });

  it('rejects a wrong password', async () => {
    const alice = await Phone.staff('alice', 'not-her-password');
    expect([401, 403]).toContain(await alice.register());
  });

  it("refuses one counsellor's credentials registering as another (403)", async () => {
    const impostor = await Phone.staff('alice', PASSWORDS.alice, 'bob');
    expect(await impostor.register()).toBe(403);
  });

  it('refuses a user the API does not know (403)', async () => {
    const mallory = await Phone.staff('mallory', 'whatever');
    expect(await mallory.register()).toBe(403);
    expect(stub.ha1Users).toContain('mallory');
  });

  it("keeps only the newest registration of a staff member: only the newer tab rings", async () => {
    const olderTab = await Phone.staff('dave');
    expect(await olderTab.register()).toBe(200);
    const newerTab = await Phone.staff('dave');
    expect(await newerTab.register()).toBe(200);
    // The registrar now holds the newer tab's contact only.
    expect(olderTab.registeredContacts).toHaveLength(1);
    expect(newerTab.registeredContacts).toHaveLength(1);
    expect(newerTab.registeredContacts[0]).not.toBe(olderTab.registeredContacts[0]);
    stub.queue = ['dave'];
    const caller = await Phone.anonymous();
    const { final } = caller.call('12356');
    const invitation = await newerTab.nextInvite();
    await invitation.reject({ statusCode: 486 });
    expect((await final).code).toBe(486);
    await olderTab.expectNoInvite(300);
  });

  it('answers 503 with a clear reason when the API is unreachable', async () => {
    stub.down = true;
    const alice = await Phone.staff('alice');
    expect(await alice.register()).toBe(503);
    const caller = await Phone.anonymous();
    const { final } = caller.call('12356');
    const reply = await final;
    expect(reply.code).toBe(503);
    expect(reply.reason).toMatch(/API/);
  });
});

describe('public line', () => {
  it('rings the counsellor the API chooses, with the line headers; BYE from the caller ends it', async () => {
    const alice = await Phone.staff('alice');
    const bob = await Phone.staff('bob');
    expect(await alice.register()).toBe(200);
    expect(await bob.register()).toBe(200);
    stub.queue = ['bob', 'alice'];
    const caller = await Phone.anonymous();
    const { inviter, final } = caller.call('12356', [`${hotlineHeaders.dialled}: 99999`]);
    const invitation = await bob.nextInvite();
    // The caller's own (spoofed) line header is replaced by the PBX's.
    expect(invitation.request.getHeaders(hotlineHeaders.dialled)).toEqual(['12356']);
    expect(invitation.request.getHeader(hotlineHeaders.areaCode) ?? '').toBe('');
    expect(invitation.request.hasHeader(hotlineHeaders.areaCode)).toBe(true);
    expect(stub.asks).toEqual([{ dialled: '12356', callId: inviter.request.callId, tried: [] }]);
    await invitation.accept();
    expect((await final).code).toBe(200);
    await waitState(inviter, SessionState.Established);
    await alice.expectNoInvite(0);

    const bye = deferred<number>();
    await inviter.bye({ requestDelegate: { onAccept: (r) => bye.resolve(code(r)) } });
    expect(await within(bye.promise, 3000, '200 to BYE')).toBe(200);
    await waitState(invitation, SessionState.Terminated);
  });

  it('passes the area code of an area-code line (059112356 → 0591); BYE from the counsellor ends it', async () => {
    const alice = await Phone.staff('alice');
    expect(await alice.register()).toBe(200);
    stub.queue = ['alice'];
    const caller = await Phone.anonymous();
    const { inviter, final } = caller.call('059112356');
    const invitation = await alice.nextInvite();
    const dialled = invitation.request.getHeader(hotlineHeaders.dialled);
    expect(dialled).toBe('059112356');
    expect(invitation.request.getHeader(hotlineHeaders.areaCode)).toBe('0591');
    expect(parseDialledLine(dialled ?? '')?.areaCode).toBe('0591');
    expect(stub.asks[0]?.dialled).toBe('059112356');
    await invitation.accept();
    expect((await final).code).toBe(200);
    await waitState(inviter, SessionState.Established);

    const bye = deferred<number>();
    await invitation.bye({ requestDelegate: { onAccept: (r) => bye.resolve(code(r)) } });
    expect(await within(bye.promise, 3000, '200 to BYE')).toBe(200);
    await waitState(inviter, SessionState.Terminated);
  });

  it('hunts serially: a busy counsellor (486) → the next one the API names; nobody left → what the API says', async () => {
    const alice = await Phone.staff('alice');
    const bob = await Phone.staff('bob');
    expect(await alice.register()).toBe(200);
    expect(await bob.register()).toBe(200);
    stub.queue = ['alice', 'bob'];
    const caller = await Phone.anonymous();
    const { inviter, final } = caller.call('12356');
    const first = await alice.nextInvite();
    // One counsellor at a time: bob must not ring while alice does.
    await bob.expectNoInvite(200);
    await first.reject({ statusCode: 486 });
    const second = await bob.nextInvite();
    expect(second.request.getHeader(hotlineHeaders.dialled)).toBe('12356');
    expect(second.request.callId).toBe(first.request.callId);
    stub.nobody = 'no-answer';
    await second.reject({ statusCode: 603 });
    expect(await final).toEqual({ code: 408, reason: 'No Counsellor Answered' });
    const callId = inviter.request.callId;
    expect(stub.asks).toEqual([
      { dialled: '12356', callId, tried: [] },
      { dialled: '12356', callId, tried: ['alice'] },
      { dialled: '12356', callId, tried: ['alice', 'bob'] },
    ]);
  });

  it.each([
    ['nobody-on-duty', 480, 'Nobody On Duty'],
    ['all-busy', 486, 'All Counsellors Busy'],
    ['no-answer', 408, 'No Counsellor Answered'],
    ['unknown-line', 404, 'Line Not In Service'],
    ['', 486, 'Busy Here'],
  ])('tells the caller why when the API has nobody: %j → %i %s', async (why, status, phrase) => {
    stub.queue = [];
    stub.nobody = why;
    const caller = await Phone.anonymous();
    const { final } = caller.call('059112356');
    expect(await final).toEqual({ code: status, reason: phrase });
    expect(stub.asks).toHaveLength(1);
  });

  it('says nobody is reachable when the API keeps naming counsellors who are not registered', async () => {
    stub.queue = ['ghost1', 'ghost2', 'ghost3', 'ghost4', 'ghost5', 'ghost6'];
    const caller = await Phone.anonymous();
    const { final } = caller.call('12356');
    expect(await final).toEqual({ code: 480, reason: 'No Counsellor Reachable' });
    expect(stub.asks).toHaveLength(5);
  });

  it('skips a chosen counsellor who is not registered and asks again', async () => {
    const alice = await Phone.staff('alice');
    expect(await alice.register()).toBe(200);
    stub.queue = ['ghost', 'alice'];
    const caller = await Phone.anonymous();
    const { final } = caller.call('12356');
    const invitation = await alice.nextInvite();
    expect(stub.asks.map((a) => a.tried)).toEqual([[], ['ghost']]);
    await invitation.accept();
    expect((await final).code).toBe(200);
  });

  it('moves on when a counsellor lets it ring past the ring timeout', async () => {
    const alice = await Phone.staff('alice');
    const bob = await Phone.staff('bob');
    expect(await alice.register()).toBe(200);
    expect(await bob.register()).toBe(200);
    stub.queue = ['alice', 'bob'];
    const caller = await Phone.anonymous();
    const { final } = caller.call('12356');
    const first = await alice.nextInvite();
    const rangAt = Date.now();
    await first.progress(); // 180 Ringing, then nobody picks up
    const second = await bob.nextInvite(RING_TIMEOUT_MS + 3000);
    const rang = Date.now() - rangAt;
    expect(rang).toBeGreaterThanOrEqual(RING_TIMEOUT_MS - 200);
    // Not the 5 s no-reply timer either (tm only notices a shorter timer when the first fires).
    expect(rang).toBeLessThan(RING_TIMEOUT_MS + 1000);
    await waitState(first, SessionState.Terminated); // alice's phone got the CANCEL
    await second.accept();
    expect((await final).code).toBe(200);
    expect(stub.asks.map((a) => a.tried)).toEqual([[], ['alice']]);
  });

  it('stops hunting when the caller hangs up while it rings (CANCEL → 487)', async () => {
    const alice = await Phone.staff('alice');
    const bob = await Phone.staff('bob');
    expect(await alice.register()).toBe(200);
    expect(await bob.register()).toBe(200);
    stub.queue = ['alice', 'bob'];
    const caller = await Phone.anonymous();
    const { inviter, final } = caller.call('12356');
    const ringing = await alice.nextInvite();
    await ringing.progress();
    await inviter.cancel();
    expect((await final).code).toBe(487);
    await waitState(ringing, SessionState.Terminated);
    await bob.expectNoInvite(300);
    expect(stub.asks).toHaveLength(1);
  });
});

describe('call queue', () => {
  it('holds a caller with 182 Queued until the API releases the call, then rings the counsellor it names', async () => {
    const alice = await Phone.staff('alice');
    expect(await alice.register()).toBe(200);
    stub.queueLimit = 60;
    const caller = await Phone.anonymous();
    const { inviter, progress, final } = caller.call('059112356');
    const queued = await queueEvent('queued', inviter.request.callId);
    expect(progress).toContain(182);
    expect(await release(queued, 'wrong-secret')).toBe(403);

    stub.queue = ['alice'];
    const released = Date.now();
    expect(await release(queued)).toBe(200);
    const invitation = await alice.nextInvite();
    const releaseToRingMs = Date.now() - released;
    expect(invitation.request.getHeaders(hotlineHeaders.dialled)).toEqual(['059112356']);
    await invitation.accept();
    expect((await final).code).toBe(200);
    // One release per call: the PBX holds it no longer.
    expect(await release(queued)).toBe(404);
    expect(releaseToRingMs).toBeLessThan(1000);
  });

  it('puts a call the released counsellor lets ring out back in the queue', async () => {
    const alice = await Phone.staff('alice');
    expect(await alice.register()).toBe(200);
    stub.queueLimit = 60;
    const caller = await Phone.anonymous();
    const { inviter, final } = caller.call('12356');
    const first = await queueEvent('queued', inviter.request.callId);
    stub.queue = ['alice'];
    expect(await release(first)).toBe(200);
    const ringing = await alice.nextInvite();
    await ringing.reject({ statusCode: 486 });
    await waitState(ringing, SessionState.Terminated);
    const again = await queueEvent('queued', inviter.request.callId, 2);
    stub.queue = ['alice', 'bob'];
    const bob = await Phone.staff('bob');
    expect(await bob.register()).toBe(200);
    expect(await release(again)).toBe(200);
    const second = await bob.nextInvite();
    await second.accept();
    expect((await final).code).toBe(200);
  });

  it('holds the call again when the counsellor it was released to is not registered, saying so', async () => {
    const alice = await Phone.staff('alice');
    expect(await alice.register()).toBe(200);
    stub.queueLimit = 60;
    const caller = await Phone.anonymous();
    const { inviter, final } = caller.call('12356');
    const callId = inviter.request.callId;
    const first = await queueEvent('queued', callId);
    stub.queue = ['ghost'];
    expect(await release(first)).toBe(200);
    const again = await queueEvent('queued', callId, 2);
    expect(stub.asks.at(-1)).toEqual({ dialled: '12356', callId, tried: ['ghost'], unreachable: 'ghost' });
    stub.queue = ['ghost', 'alice'];
    expect(await release(again)).toBe(200);
    await (await alice.nextInvite()).accept();
    expect((await final).code).toBe(200);
  });

  it('tells the API when a queued caller hangs up (CANCEL → 487) or the connection closes', async () => {
    stub.queueLimit = 60;
    const caller = await Phone.anonymous();
    const { inviter, final } = caller.call('12356');
    await queueEvent('queued', inviter.request.callId);
    await inviter.cancel();
    expect((await final).code).toBe(487);
    await queueEvent('abandoned', inviter.request.callId);

    const closing = await Phone.anonymous();
    const gone = closing.call('12356');
    await queueEvent('queued', gone.inviter.request.callId);
    const closedAt = Date.now();
    await closing.ua.transport.disconnect();
    await queueEvent('gone', gone.inviter.request.callId);
    expect(Date.now() - closedAt).toBeLessThan(1000);
  });

  it('tells the API when a caller’s connection closes while a counsellor’s phone rings (not only once queued)', async () => {
    const alice = await Phone.staff('alice');
    expect(await alice.register()).toBe(200);
    stub.queue = ['alice'];
    const closing = await Phone.anonymous();
    const { inviter } = closing.call('12356');
    const ringing = await alice.nextInvite();
    await ringing.progress();
    await closing.ua.transport.disconnect();
    // Without it the failure route would queue the call on a dead connection: a ghost for later.
    await queueEvent('gone', inviter.request.callId);
  });

  it('answers busy (486) at the queue limit and tells the API', async () => {
    stub.queueLimit = 1;
    const caller = await Phone.anonymous();
    const { inviter, final } = caller.call('12356');
    await queueEvent('queued', inviter.request.callId);
    expect((await final).code).toBe(486);
    await queueEvent('limit', inviter.request.callId);
  });
});

describe('in-dialog requests', () => {
  it('passes INFO (DTMF) and re-INVITEs (hold) both ways', async () => {
    const alice = await Phone.staff('alice');
    expect(await alice.register()).toBe(200);
    stub.queue = ['alice'];
    const caller = await Phone.anonymous();
    const { inviter, invitation } = await connectedCall(caller, alice);

    const infos: Info[] = [];
    invitation.delegate = {
      onInfo: (info) => {
        infos.push(info);
        void info.accept();
      },
    };
    const infoDone = deferred<number>();
    await inviter.info({
      requestDelegate: { onAccept: (r) => infoDone.resolve(code(r)), onReject: (r) => infoDone.resolve(code(r)) },
      requestOptions: { body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: 'Signal=5\r\nDuration=160\r\n' } },
    });
    expect(await within(infoDone.promise, 3000, '200 to INFO')).toBe(200);
    expect(infos).toHaveLength(1);
    expect(infos[0]?.request.body).toContain('Signal=5');

    // Counsellor puts the caller on hold (re-INVITE), then the caller re-INVITEs back.
    // The re-INVITE's ACK must get through too, or the next re-INVITE is refused (491).
    const callerSaw = deferred<true>();
    const callerAcked = deferred<true>();
    inviter.delegate = { onInvite: () => callerSaw.resolve(true), onAck: () => callerAcked.resolve(true) };
    const holdDone = deferred<number>();
    await invitation.invite({ requestDelegate: { onAccept: (r) => holdDone.resolve(code(r)), onReject: (r) => holdDone.resolve(code(r)) } });
    expect(await within(holdDone.promise, 3000, '200 to the re-INVITE')).toBe(200);
    await within(callerSaw.promise, 3000, 're-INVITE at the caller');
    await within(callerAcked.promise, 3000, 'ACK of the re-INVITE at the caller');

    const counsellorSaw = deferred<true>();
    const counsellorAcked = deferred<true>();
    invitation.delegate = { onInvite: () => counsellorSaw.resolve(true), onAck: () => counsellorAcked.resolve(true) };
    const resumeDone = deferred<number>();
    await inviter.invite({ requestDelegate: { onAccept: (r) => resumeDone.resolve(code(r)), onReject: (r) => resumeDone.resolve(code(r)) } });
    expect(await within(resumeDone.promise, 3000, '200 to the caller re-INVITE')).toBe(200);
    await within(counsellorSaw.promise, 3000, 're-INVITE at the counsellor');
    await within(counsellorAcked.promise, 3000, 'ACK of the re-INVITE at the counsellor');
    expect(inviter.state).toBe(SessionState.Established);
  });

  it('passes REFER untouched; the transferred caller reaches a service number anonymously (blind transfer)', async () => {
    const alice = await Phone.staff('alice');
    const ambulance = await Phone.staff('120');
    expect(await alice.register()).toBe(200);
    expect(await ambulance.register()).toBe(200);
    stub.queue = ['alice'];
    const caller = await Phone.anonymous();
    const { inviter, invitation } = await connectedCall(caller, alice);

    const referral = deferred<Referral>();
    inviter.delegate = { onRefer: (r) => referral.resolve(r) };
    const notifies: Notification[] = [];
    const referDone = deferred<number>();
    const target = UserAgent.makeURI(`sip:120@${DOMAIN}`);
    if (!target) throw new Error('uri');
    await invitation.refer(target, {
      requestDelegate: { onAccept: (r) => referDone.resolve(code(r)), onReject: (r) => referDone.resolve(code(r)) },
      onNotify: (n) => {
        notifies.push(n);
        void n.accept();
      },
    });
    const refer = await within(referral.promise, 3000, 'REFER at the caller');
    expect(refer.referTo.uri.toString()).toBe(`sip:120@${DOMAIN}`);
    expect(refer.referredBy).toBe(`<sip:alice@${DOMAIN}>`);
    await refer.accept();
    expect(await within(referDone.promise, 3000, '202 to REFER')).toBe(202);

    // The caller's phone places the transferred call itself, without credentials.
    const transferred = refer.makeInviter();
    await transferred.invite();
    const atAmbulance = await ambulance.nextInvite();
    expect(atAmbulance.request.from.uri.user).toBe(caller.user);
    await atAmbulance.accept();
    await waitState(transferred, SessionState.Established);
    await within(
      (async () => {
        while (!notifies.some((n) => n.request.body.includes('200'))) await sleep(20);
      })(),
      3000,
      'NOTIFY with the transfer result at the counsellor',
    );
  });

  it('lets the caller reach an aliased contact with Replaces (attended transfer), not without', async () => {
    const alice = await Phone.staff('alice');
    const ambulance = await Phone.staff('120');
    expect(await alice.register()).toBe(200);
    expect(await ambulance.register()).toBe(200);
    stub.queue = ['alice'];
    const caller = await Phone.anonymous();
    const callA = await connectedCall(caller, alice);

    // Consultation call: counsellor → 120.
    const callB = alice.call('120');
    const consult = await ambulance.nextInvite();
    await consult.accept();
    expect((await callB.final).code).toBe(200);
    await waitState(callB.inviter, SessionState.Established);
    const aliased = callB.inviter.dialog?.remoteTarget;
    expect(aliased?.toString()).toMatch(/;alias=127\.0\.0\.1~\d+~\d/);

    // Anonymous INVITE to the aliased contact without Replaces: refused. (sip.js answers the
    // 407 challenge with its URI user and an empty password; the API does not know it: 403.)
    const sneaky = caller.call(aliased ?? '');
    expect([403, 407]).toContain((await sneaky.final).code);
    await ambulance.expectNoInvite(0);

    const referral = deferred<Referral>();
    callA.inviter.delegate = { onRefer: (r) => referral.resolve(r) };
    await callA.invitation.refer(callB.inviter);
    const refer = await within(referral.promise, 3000, 'REFER with Replaces at the caller');
    expect(refer.replaces).toBeTruthy();
    await refer.accept();
    const transferred = refer.makeInviter();
    await transferred.invite();
    const replacing = await ambulance.nextInvite();
    expect(replacing.request.getHeader('Replaces')).toContain(consult.request.callId);
    // sip.js matched the Replaces header to the consultation dialog: it passed intact.
    expect(replacing.replacee).toBe(consult);
    await replacing.accept();
    await waitState(transferred, SessionState.Established);
  });
});

describe('calls between users', () => {
  it('lets authenticated staff call a registered number; unknown targets get 404', async () => {
    const alice = await Phone.staff('alice');
    const mobile = await Phone.staff('13800138000');
    expect(await alice.register()).toBe(200);
    expect(await mobile.register()).toBe(200);
    const { final } = alice.call('13800138000');
    const invitation = await mobile.nextInvite();
    expect(invitation.request.from.uri.user).toBe('alice');
    await invitation.accept();
    expect((await final).code).toBe(200);

    expect((await alice.call('nobody99').final).code).toBe(404);
    expect((await alice.call('110').final).code).toBe(404); // service number nobody registered
  });

  it('challenges anonymous calls to anyone but the public lines and service numbers', async () => {
    const alice = await Phone.staff('alice');
    const mobile = await Phone.staff('13800138000');
    expect(await alice.register()).toBe(200);
    expect(await mobile.register()).toBe(200);
    const caller = await Phone.anonymous();
    // 407, or 403 once sip.js answers the challenge with its URI user and an empty password.
    expect([403, 407]).toContain((await caller.call('alice').final).code);
    expect([403, 407]).toContain((await caller.call('13800138000').final).code);
    await alice.expectNoInvite(0);
    await mobile.expectNoInvite(0);
  });

  it('forgets a phone whose WebSocket closed without unregistering (no ringing a dead tab)', async () => {
    const alice = await Phone.staff('alice');
    const mobile = await Phone.staff('13800138000');
    expect(await alice.register()).toBe(200);
    expect(await mobile.register()).toBe(200);
    await mobile.ua.transport.disconnect(); // the tab was closed: no REGISTER with Expires: 0
    await sleep(200);
    expect((await alice.call('13800138000').final).code).toBe(404);
  });

  it('carries a mock call both ways between a trainer’s console (tr8201) and a trainee’s seat, headers untouched', async () => {
    const trainer = await Phone.staff('tr8201');
    const trainee = await Phone.staff('8005');
    expect(await trainer.register()).toBe(200);
    expect(await trainee.register()).toBe(200);
    const grant = `X-Training: 5e0c2b4a-9d8e-4f70-a1b2-c3d4e5f6a7b8;token=${'b'.repeat(40)}`;
    const mock = trainer.call('8005', [grant]);
    const offered = await trainee.nextInvite();
    expect(offered.request.getHeader('X-Training')).toBe(grant.slice('X-Training: '.length));
    await offered.accept();
    expect((await mock.final).code).toBe(200);
    // The trainee's 120, dialled as the practice target: the console rings, told what was asked for.
    const practice = trainee.call('tr8201', ['X-Practice-For: 120']);
    const rung = await trainer.nextInvite();
    expect(rung.request.from.uri.user).toBe('8005');
    expect(rung.request.getHeader('X-Practice-For')).toBe('120');
    await rung.accept();
    expect((await practice.final).code).toBe(200);
  });

  it('lets an anonymous caller reach a registered service number (transfer target)', async () => {
    const ambulance = await Phone.staff('120');
    expect(await ambulance.register()).toBe(200);
    const caller = await Phone.anonymous();
    const { final } = caller.call('120');
    const invitation = await ambulance.nextInvite();
    await invitation.accept();
    expect((await final).code).toBe(200);
  });
});

describe('privacy', () => {
  it('writes no caller number to the Kamailio log: calls, challenges, refused registrations', async () => {
    const logBefore = readFileSync(pbx.logFile, 'utf8').length;
    const callerNumber = '13912345678';
    const mobileNumber = '13800138000';
    const alice = await Phone.staff('alice');
    expect(await alice.register()).toBe(200);
    stub.queue = ['alice'];
    const caller = await Phone.anonymous(callerNumber);
    const { inviter, invitation } = await connectedCall(caller, alice);
    invitation.delegate = { onInfo: (info) => void info.accept() };
    const infoDone = deferred<number>();
    await inviter.info({
      requestDelegate: { onAccept: (r) => infoDone.resolve(code(r)), onReject: (r) => infoDone.resolve(code(r)) },
      requestOptions: { body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: 'Signal=5\r\nDuration=160\r\n' } },
    });
    expect(await within(infoDone.promise, 3000, '200 to INFO')).toBe(200);
    await inviter.bye();
    await waitState(invitation, SessionState.Terminated);
    // The caller tries a counsellor directly: challenged, then refused as an unknown SIP user.
    expect([403, 407]).toContain((await caller.call('alice').final).code);
    // A simulator registering as a caller's mobile with a wrong password.
    expect(await (await Phone.staff(mobileNumber, 'wrong-password')).register()).not.toBe(200);

    const logged = readFileSync(pbx.logFile, 'utf8').slice(logBefore);
    // The log does record the call, just not who made it.
    expect(logged).toContain('public line 12356');
    expect(logged).not.toContain(callerNumber);
    expect(logged).not.toContain(mobileNumber);
  });
});

describe('tooling port', () => {
  it('answers OPTIONS over UDP on 127.0.0.1', async () => {
    const socket = createDgramSocket('udp4');
    await new Promise<void>((r) => socket.bind(0, '127.0.0.1', () => r()));
    const localPort = socket.address().port;
    const callId = randomBytes(8).toString('hex');
    const options = [
      `OPTIONS sip:${DOMAIN} SIP/2.0`,
      `Via: SIP/2.0/UDP 127.0.0.1:${localPort};branch=z9hG4bK${callId};rport`,
      'Max-Forwards: 70',
      `From: <sip:probe@${DOMAIN}>;tag=${callId}`,
      `To: <sip:${DOMAIN}>`,
      `Call-ID: ${callId}`,
      'CSeq: 1 OPTIONS',
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
    const reply = new Promise<string>((r) => socket.once('message', (m) => r(m.toString())));
    socket.send(options, pbx.udpPort, '127.0.0.1');
    const text = await within(reply, 3000, 'a reply to OPTIONS');
    socket.close();
    expect(text).toMatch(/^SIP\/2\.0 200 /);
  });
});

describe('lifecycle', () => {
  it('stops for real and starts again; phones register afresh', async () => {
    expect(await stopPbx({ runDir })).toBe(true);
    expect(await probeWebSocket(pbx.wsPort)).toBe(false);
    pbx = await startPbx(pbxOptions);
    expect(pbx.alreadyRunning).toBe(false);
    const alice = await Phone.staff('alice');
    expect(await alice.register()).toBe(200);
  });
});
