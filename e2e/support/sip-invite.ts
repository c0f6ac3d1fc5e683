import { createRequire } from 'node:module';
// A supervision call with a forged or replayed grant is the attack under test, so it is placed by
// a SIP client here, outside the workstation (whose phone only dials grants the API issued).
// eslint-disable-next-line no-restricted-imports
import { Inviter, UserAgent, type SessionDescriptionHandler } from 'sip.js';

// sip.js opens its transport with the global WebSocket, which Node 20 lacks.
const { WebSocket } = createRequire(import.meta.url)('ws') as { WebSocket: unknown };
Object.assign(globalThis, { WebSocket });

/** Enough SDP for the PBX to relay the offer: the seat refuses the call before any media is set up. */
class OfferOnly implements SessionDescriptionHandler {
  close(): void {}
  getDescription() {
    const body = ['v=0', 'o=- 1 1 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 127.0.0.1', 't=0 0', 'm=audio 9 RTP/AVP 0', 'a=rtpmap:0 PCMU/8000', 'a=sendrecv', ''].join('\r\n');
    return Promise.resolve({ body, contentType: 'application/sdp' });
  }
  hasDescription(contentType: string): boolean {
    return contentType === 'application/sdp';
  }
  setDescription(): Promise<void> {
    return Promise.resolve();
  }
  rollbackDescription(): Promise<void> {
    return Promise.resolve();
  }
  sendDtmf(): boolean {
    return false;
  }
}

export interface InviteAttempt {
  wsUrl: string;
  domain: string;
  /** Digest login, as the API issued it to somebody. */
  username: string;
  password: string;
  to: string;
  headers: string[];
}

/** Places one INVITE straight through the PBX and resolves with its final status code. */
export async function inviteDirectly(attempt: InviteAttempt): Promise<number> {
  const uri = UserAgent.makeURI(`sip:${attempt.username}@${attempt.domain}`);
  const target = UserAgent.makeURI(`sip:${attempt.to}@${attempt.domain}`);
  if (!uri || !target) throw new Error('not a SIP user');
  const ua = new UserAgent({
    uri,
    transportOptions: { server: attempt.wsUrl },
    authorizationUsername: attempt.username,
    authorizationPassword: attempt.password,
    sessionDescriptionHandlerFactory: () => new OfferOnly(),
    logBuiltinEnabled: false,
  });
  await ua.start();
  try {
    const inviter = new Inviter(ua, target, { extraHeaders: attempt.headers });
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no final response to INVITE within 10 s')), 10_000);
      const settle = (code: number) => {
        clearTimeout(timer);
        resolve(code);
      };
      void inviter.invite({
        requestDelegate: {
          onAccept: (response) => {
            // Accepted: the test fails on the status; leave no call up behind it.
            void inviter.bye().catch(() => undefined);
            settle(response.message.statusCode ?? 0);
          },
          onReject: (response) => settle(response.message.statusCode ?? 0),
        },
      });
    });
  } finally {
    await ua.stop().catch(() => undefined);
  }
}
