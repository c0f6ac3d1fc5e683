/**
 * A SIP "network" in memory for unit tests of the real phone: every sip.js user agent talks to it
 * through a fake WebSocket (stubbed as the global), so sip.js runs unchanged, transport included.
 * It relays messages unchanged, as a wire would: requests by Request-URI user (an address registered
 * with REGISTER, or a Contact it has seen), responses back by the top Via's host. It answers REGISTER
 * itself as the registrar. Delivery is on a microtask, so tests need no timers to let calls progress.
 */

type SocketEvent = { data?: string; code?: number };
type SocketListener = (event: SocketEvent) => void;

export interface RegistrarAnswer {
  status: number;
  reason: string;
}

const header = (message: string, name: string): string | undefined =>
  new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(message.split('\r\n\r\n')[0] ?? '')?.[1]?.trim();

const userOf = (value: string | undefined): string | undefined => /sips?:([^@;>\s]+)@/.exec(value ?? '')?.[1];

const viaHostOf = (message: string): string | undefined => /SIP\/2\.0\/\w+\s+([^;\s]+)/.exec(header(message, 'Via') ?? '')?.[1];

export class FakeSocket {
  binaryType = 'blob';
  private readonly listeners = new Map<string, SocketListener[]>();
  private closed = false;

  constructor(private readonly pbx: TestPbx) {}

  addEventListener(type: string, listener: SocketListener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  send(data: string): void {
    if (this.closed) throw new Error('socket closed');
    this.pbx.receive(this, data);
  }

  close(code = 1000): void {
    this.shut(code);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Called by the PBX side: the connection is gone (code 1006 is an abnormal close). */
  shut(code: number): void {
    if (this.closed) return;
    this.closed = true;
    queueMicrotask(() => this.fire('close', { code }));
  }

  fire(type: string, event: SocketEvent = {}): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

export class TestPbx {
  /** When false, new connections are refused (closed before they open). */
  up = true;
  /** Every SIP message any user agent sent, in order. */
  readonly messages: string[] = [];
  /** How the registrar answers a REGISTER (default: 200 OK). */
  registrar: (request: string) => RegistrarAnswer = () => ({ status: 200, reason: 'OK' });
  private readonly sockets = new Set<FakeSocket>();
  private readonly byUser = new Map<string, FakeSocket>();
  private readonly byViaHost = new Map<string, FakeSocket>();
  private readonly watchers: { match: (message: string) => boolean; resolve: (message: string) => void }[] = [];

  /** A WebSocket class bound to this PBX, to stub as the global WebSocket. */
  readonly WebSocket = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the class below is created per PBX
    const pbx = this;
    return class extends FakeSocket {
      constructor() {
        super(pbx);
        pbx.connect(this);
      }
    };
  })();

  /** Drops every open connection, as a PBX restart or a network change would. */
  dropAll(): void {
    for (const socket of this.sockets) socket.shut(1006);
    this.sockets.clear();
  }

  /** The next message any user agent sends that matches, e.g. a REGISTER or a 486 response. */
  nextMessage(match: (message: string) => boolean): Promise<string> {
    return new Promise((resolve) => this.watchers.push({ match, resolve }));
  }

  connect(socket: FakeSocket): void {
    if (!this.up) {
      socket.shut(1006);
      return;
    }
    this.sockets.add(socket);
    queueMicrotask(() => socket.fire('open'));
  }

  receive(from: FakeSocket, message: string): void {
    this.messages.push(message);
    for (const watcher of [...this.watchers]) {
      if (!watcher.match(message)) continue;
      this.watchers.splice(this.watchers.indexOf(watcher), 1);
      watcher.resolve(message);
    }
    const viaHost = viaHostOf(message);
    const contactUser = userOf(header(message, 'Contact') ?? header(message, 'm'));
    if (contactUser) this.byUser.set(contactUser, from);
    if (message.startsWith('SIP/2.0')) {
      this.deliver(viaHost ? this.byViaHost.get(viaHost) : undefined, message);
      return;
    }
    if (viaHost) this.byViaHost.set(viaHost, from);
    const [method = '', requestUri = ''] = message.split(' ', 2);
    if (method === 'REGISTER') {
      this.register(from, message);
      return;
    }
    const target = this.byUser.get(userOf(requestUri) ?? '');
    if (target) this.deliver(target, message);
    else if (method !== 'ACK') this.deliver(from, response(message, 404, 'Not Found'));
  }

  private register(from: FakeSocket, request: string): void {
    const answer = this.registrar(request);
    const user = userOf(header(request, 'To'));
    if (answer.status === 200 && user) this.byUser.set(user, from);
    const extra =
      answer.status === 200
        ? [`Contact: ${header(request, 'Contact') ?? ''}`]
        : answer.status === 401
          ? ['WWW-Authenticate: Digest realm="hotline.test", nonce="n0nce", algorithm=MD5, qop="auth"']
          : [];
    this.deliver(from, response(request, answer.status, answer.reason, extra));
  }

  private deliver(to: FakeSocket | undefined, message: string): void {
    if (!to?.isOpen) return;
    queueMicrotask(() => {
      if (to.isOpen) to.fire('message', { data: message });
    });
  }
}

/** A response to `request` as a user agent would send it (the registrar's, or a 404 for nobody). */
function response(request: string, status: number, reason: string, extra: string[] = []): string {
  const copied = ['Via', 'From', 'Call-ID', 'CSeq'].map((name) => `${name}: ${header(request, name) ?? ''}`);
  const to = header(request, 'To') ?? '';
  return [
    `SIP/2.0 ${status} ${reason}`,
    ...copied,
    `To: ${to.includes(';tag=') ? to : `${to};tag=pbx${status}`}`,
    ...extra,
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
}
