import { createRequire } from 'node:module';
// A hand-made REGISTER is the attack under test, so the test is a SIP client here, outside the
// workstation (whose telephony module always registers as the signed-in counsellor).
// eslint-disable-next-line no-restricted-imports
import { Registerer, UserAgent } from 'sip.js';

// sip.js opens its transport with the global WebSocket, which Node 20 lacks.
const { WebSocket } = createRequire(import.meta.url)('ws') as { WebSocket: unknown };
Object.assign(globalThis, { WebSocket });

export interface RegisterAttempt {
  wsUrl: string;
  domain: string;
  /** The extension whose calls the REGISTER tries to receive. */
  asUser: string;
  /** Digest login, as the API issued it to somebody. */
  username: string;
  password: string;
}

/** Sends one REGISTER straight to the PBX and resolves with the final status code. */
export async function registerDirectly(attempt: RegisterAttempt): Promise<number> {
  const uri = UserAgent.makeURI(`sip:${attempt.asUser}@${attempt.domain}`);
  if (!uri) throw new Error(`not a SIP user: ${attempt.asUser}`);
  const ua = new UserAgent({
    uri,
    transportOptions: { server: attempt.wsUrl },
    authorizationUsername: attempt.username,
    authorizationPassword: attempt.password,
    logBuiltinEnabled: false,
  });
  await ua.start();
  try {
    const registerer = new Registerer(ua, { expires: 300 });
    return await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no final response to REGISTER within 5 s')), 5000);
      const settle = (code: number) => {
        clearTimeout(timer);
        resolve(code);
      };
      void registerer.register({
        requestDelegate: {
          onAccept: (response) => settle(response.message.statusCode ?? 0),
          onReject: (response) => settle(response.message.statusCode ?? 0),
        },
      });
    });
  } finally {
    await ua.stop().catch(() => undefined);
  }
}
