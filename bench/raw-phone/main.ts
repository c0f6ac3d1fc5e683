// The floor the call-setup benchmark compares the workstation with: sip.js and nothing else, with
// the options src/telephony/sip-telephony.ts gives it. A benchmark page, not product code.
// eslint-disable-next-line no-restricted-imports
import { Invitation, Inviter, Registerer, RegistererState, Session, SessionState, UserAgent } from 'sip.js';

export interface RawPhoneOptions {
  wsUrl: string;
  domain: string;
  /** Digest credentials as the API issues them; without them the phone only places calls (anonymous caller). */
  username?: string;
  password?: string;
}

const status = document.getElementById('status') as HTMLElement;
const answerButton = document.getElementById('answer') as HTMLButtonElement;
const hangUpButton = document.getElementById('hang-up') as HTMLButtonElement;
const constraints = { audio: true, video: false };
let userAgent: UserAgent | null = null;
let domain = '';
let current: Session | null = null;

function show(state: string): void {
  status.dataset.state = state;
  status.textContent = state;
}

function follow(session: Session): void {
  current = session;
  session.stateChange.addListener((state) => {
    if (state === SessionState.Established) {
      const handler = session.sessionDescriptionHandler as unknown as { remoteMediaStream: MediaStream };
      const audio = new Audio();
      audio.autoplay = true;
      audio.srcObject = handler.remoteMediaStream;
      void audio.play().catch(() => undefined);
      answerButton.hidden = true;
      hangUpButton.hidden = false;
      show('active');
    }
    if (state === SessionState.Terminated) {
      if (current === session) current = null;
      answerButton.hidden = true;
      hangUpButton.hidden = true;
      show('idle');
    }
  });
}

async function start(options: RawPhoneOptions): Promise<void> {
  domain = options.domain;
  const uri = UserAgent.makeURI(`sip:${options.username ?? 'anonymous'}@${options.domain}`);
  if (!uri) throw new Error('bad identity');
  userAgent = new UserAgent({
    uri,
    transportOptions: { server: options.wsUrl, connectionTimeout: 5 },
    ...(options.username ? { authorizationUsername: options.username, authorizationPassword: options.password } : {}),
    // The same media options as the workstation's phone.
    sessionDescriptionHandlerFactoryOptions: { peerConnectionConfiguration: { iceServers: [] }, iceGatheringTimeout: 300 },
    reconnectionAttempts: 0,
    logBuiltinEnabled: false,
    logLevel: 'error',
    delegate: {
      onInvite: (invitation: Invitation) => {
        follow(invitation);
        answerButton.onclick = () => void invitation.accept({ sessionDescriptionHandlerOptions: { constraints } });
        answerButton.hidden = false;
        show('ringing');
      },
    },
  });
  await userAgent.start();
  if (!options.username) {
    show('ready');
    return;
  }
  const registerer = new Registerer(userAgent, { expires: 300 });
  registerer.stateChange.addListener((state) => {
    if (state === RegistererState.Registered) show('ready');
  });
  await registerer.register();
}

async function dial(number: string, fromNumber: string): Promise<void> {
  if (!userAgent) throw new Error('not started');
  const target = UserAgent.makeURI(`sip:${number}@${domain}`);
  const fromUri = UserAgent.makeURI(`sip:${fromNumber}@${domain}`);
  if (!target || !fromUri) throw new Error('bad number');
  const inviter = new Inviter(userAgent, target, { sessionDescriptionHandlerOptions: { constraints }, params: { fromUri } });
  follow(inviter);
  show('calling');
  await inviter.invite();
}

hangUpButton.onclick = () => {
  const session = current;
  if (!session) return;
  if (session.state === SessionState.Established) void session.bye();
  else if (session instanceof Inviter) void session.cancel();
  else if (session instanceof Invitation) void session.reject();
};

async function stop(): Promise<void> {
  await userAgent?.stop();
  userAgent = null;
  show('stopped');
}

Object.assign(window, { rawPhone: { start, dial, stop } });
