import { Invitation, Registerer, RegistererState, UserAgent, SIPExtension, Web, type Core } from 'sip.js';
import { reconnectDelayMs } from '../backoff';
import { receivesCallsAs } from '../store';
import type { PhoneIdentity } from '../types';
import type { PhoneContext } from './phone-context';

/** sip.js waits for ICE gathering; on loopback and LAN 300 ms is ample (telephony-facts.md). */
const ICE_GATHERING_TIMEOUT_MS = 300;
const UNREGISTER_GRACE_MS = 1500;

/**
 * The connection to the PBX: opens the WebSocket, registers the seat, and after a drop
 * reconnects with jittered backoff and registers again by itself. Calls in progress are not its
 * business: media is peer to peer and outlives the WebSocket.
 */
export class SipRegistration {
  private registerer: Registerer | null = null;
  private wantConnected = false;
  private wantRegistered = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly phone: PhoneContext,
    private readonly onInvite: (invitation: Invitation) => void,
  ) {}

  /** Whether this phone is to receive calls now (not yielded to another tab, credentials accepted). */
  receivesCalls(): boolean {
    return this.wantRegistered;
  }

  async start(identity: PhoneIdentity): Promise<void> {
    this.wantConnected = true;
    this.wantRegistered = receivesCallsAs(identity);
    this.phone.userAgent = this.createUserAgent(identity);
    await this.openTransport();
  }

  /** Another tab or device took the seat: stop receiving calls; calls in progress stay up. */
  async yieldSeat(): Promise<void> {
    this.wantRegistered = false;
    const registerer = this.registerer;
    this.registerer = null;
    this.phone.registry.setRegistration({ status: 'taken-over', failure: null, retryAt: null, receivesCalls: false });
    // The PBX already holds the other device's contact in place of ours; a failed dispose changes nothing.
    await registerer?.dispose().catch(() => undefined);
    if (this.phone.live.size === 0) await this.stopTransport();
  }

  /** After a taken-over seat's last call: the WebSocket is no longer needed. */
  async stopTransport(): Promise<void> {
    this.wantConnected = false;
    // Stopping a user agent whose socket already dropped rejects; it is stopped either way.
    await this.phone.userAgent?.stop().catch(() => undefined);
  }

  /** Page unload: tell the PBX at once so it stops offering this seat callers. */
  unregisterNow(): void {
    // The page is going; nothing is left to show a failure to, and the contact expires by itself.
    void this.registerer?.unregister().catch(() => undefined);
  }

  /** Sign-out or a new identity: the PBX stops offering this seat calls (calls are ended after). */
  async stopRegistering(): Promise<void> {
    this.wantConnected = false;
    this.wantRegistered = false;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const registerer = this.registerer;
    this.registerer = null;
    if (registerer?.state === RegistererState.Registered) {
      // Sign-out must not hang on a PBX that went away: the contact then expires by itself.
      await Promise.race([
        registerer.unregister().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, UNREGISTER_GRACE_MS)),
      ]);
    }
  }

  /** Closes the WebSocket for good, once the calls have said goodbye over it. */
  async close(): Promise<void> {
    const userAgent = this.phone.userAgent;
    this.phone.userAgent = null;
    // As in stopTransport: a user agent whose socket dropped is stopped either way.
    await userAgent?.stop().catch(() => undefined);
  }

  private createUserAgent(identity: PhoneIdentity): UserAgent {
    const user = identity.credentials?.username ?? 'anonymous';
    const uri = UserAgent.makeURI(`sip:${user}@${identity.domain}`);
    if (!uri) throw new Error('bad-identity');
    return new UserAgent({
      uri,
      transportOptions: { server: identity.wsUrl, connectionTimeout: 5 },
      ...(identity.credentials
        ? {
            authorizationUsername: identity.credentials.username,
            authorizationPassword: identity.credentials.password,
            displayName: identity.credentials.displayName,
          }
        : {}),
      // The microphone opened while the call rang, when there is one (warm-microphone.ts).
      sessionDescriptionHandlerFactory: Web.defaultSessionDescriptionHandlerFactory(
        (constraints, handler) => this.phone.microphone.take(constraints) ?? Web.defaultMediaStreamFactory()(constraints, handler),
      ),
      sessionDescriptionHandlerFactoryOptions: {
        peerConnectionConfiguration: { iceServers: [] },
        iceGatheringTimeout: ICE_GATHERING_TIMEOUT_MS,
      },
      // An attended transfer reaches its target as an INVITE with Replaces.
      sipExtensionReplaces: SIPExtension.Supported,
      // Our own backoff below replaces sip.js's fixed-delay reconnection.
      reconnectionAttempts: 0,
      // sip.js logs whole SIP messages, which carry callers' numbers: keep them out of the console.
      logBuiltinEnabled: false,
      logLevel: 'error',
      delegate: {
        onConnect: () => this.onTransportUp(),
        onDisconnect: (error?: Error) => this.onTransportDown(error),
        onInvite: (invitation: Invitation) => this.onInvite(invitation),
      },
    });
  }

  private async openTransport(): Promise<void> {
    const userAgent = this.phone.userAgent;
    if (!userAgent || !this.wantConnected) return;
    try {
      if (userAgent.state === 'Started') await userAgent.reconnect();
      else await userAgent.start();
    } catch {
      // Shown as "connecting, next attempt at …" by scheduleReconnect.
      this.scheduleReconnect();
    }
  }

  private onTransportUp(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    if (this.wantRegistered) void this.register();
    else this.phone.registry.setRegistration({ status: 'registered', failure: null, attempt: 0, retryAt: null });
  }

  private onTransportDown(error?: Error): void {
    const registerer = this.registerer;
    this.registerer = null;
    // The socket is gone, so the registerer cannot send anything; disposing only frees it.
    void registerer?.dispose().catch(() => undefined);
    if (!this.wantConnected) return;
    if (error || this.phone.registry.registration().status !== 'taken-over') this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (!this.wantConnected || this.reconnectTimer) return;
    const attempt = this.phone.registry.registration().attempt + 1;
    const delay = reconnectDelayMs(attempt, Math.random());
    this.phone.registry.setRegistration({
      status: 'connecting',
      failure: attempt > 1 ? 'pbx-unreachable' : null,
      attempt,
      retryAt: Date.now() + delay,
    });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.openTransport();
    }, delay);
  }

  private async register(): Promise<void> {
    const userAgent = this.phone.userAgent;
    const identity = this.phone.identity;
    if (!userAgent || !identity) return;
    // Replaced by a fresh registerer below; the old one's refresh must simply stop.
    await this.registerer?.dispose().catch(() => undefined);
    const registerer = new Registerer(userAgent, { expires: identity.registerExpiresSec });
    this.registerer = registerer;
    // Only a registration that held and then lapsed is retried here; a first REGISTER's rejection is
    // handled by onReject below, and retrying it would send rejected credentials again.
    let held = false;
    registerer.stateChange.addListener((state) => {
      if (registerer !== this.registerer) return;
      if (state === RegistererState.Registered) {
        held = true;
        this.phone.registry.setRegistration({ status: 'registered', failure: null, attempt: 0, retryAt: null });
      } else if (state === RegistererState.Unregistered && held && this.wantRegistered && userAgent.isConnected()) {
        // A refresh failed (credentials revoked, PBX forgot us): register afresh to learn why.
        void this.register();
      }
    });
    await registerer
      .register({
        requestDelegate: {
          onReject: (response: Core.IncomingResponse) => {
            if (registerer !== this.registerer) return;
            const status = response.message.statusCode ?? 500;
            if (status === 401 || status === 403 || status === 407) {
              this.wantRegistered = false;
              this.phone.registry.setRegistration({ status: 'failed', failure: 'credentials-rejected', retryAt: null, receivesCalls: false });
            } else {
              this.scheduleReconnect();
            }
          },
        },
      })
      // The REGISTER could not be sent (socket closed meanwhile): shown as a scheduled retry.
      .catch(() => this.scheduleReconnect());
  }
}
