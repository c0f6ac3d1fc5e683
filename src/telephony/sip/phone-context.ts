import { UserAgent, type URI } from 'sip.js';
import type { CallRegistry } from '../call-registry';
import type { PhoneIdentity, SupervisionVoucher, TrainingVoucher } from '../types';
import type { LiveCall } from './call-media';
import { MicrophoneWarmer, type OpenMicrophone } from './warm-microphone';

/**
 * What the parts of the real phone share: the call registry (snapshots and events), the sip.js
 * session of every live call, and the identity and user agent of the current connection.
 */
export class PhoneContext {
  readonly live = new Map<string, LiveCall>();
  identity: PhoneIdentity | null = null;
  userAgent: UserAgent | null = null;
  /** How this seat checks a supervisor's call with the API; none: every such call is refused. */
  supervisionVoucher: SupervisionVoucher | null = null;
  /** How this seat checks a trainer's mock call with the API; none: every such call is refused. */
  trainingVoucher: TrainingVoucher | null = null;

  readonly microphone: MicrophoneWarmer;

  // async: a browser without mediaDevices rejects (reported at the answer) rather than throwing at the ring.
  constructor(
    readonly registry: CallRegistry,
    openMicrophone: OpenMicrophone = async (constraints) => navigator.mediaDevices.getUserMedia(constraints),
  ) {
    this.microphone = new MicrophoneWarmer(openMicrophone);
  }

  uri(number: string): URI | undefined {
    return this.identity ? UserAgent.makeURI(`sip:${number}@${this.identity.domain}`) : undefined;
  }

  microphoneId(): string | null {
    return this.registry.devices().microphoneId;
  }
}
