import type { SessionDescriptionHandler, Web } from 'sip.js';

/** Offer/answer as sip.js needs it for signalling; a hold offer says so (a=sendonly) as a browser's would. */
function sdp(direction: 'sendrecv' | 'sendonly'): string {
  return ['v=0', 'o=- 1 1 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 127.0.0.1', 't=0 0', 'm=audio 9 RTP/AVP 0', 'a=rtpmap:0 PCMU/8000', `a=${direction}`, ''].join('\r\n');
}

/** What a party's media accepts; shared by every call of that party, so a test can change it mid-call. */
export interface MediaPolicy {
  /** Offers are refused (sip.js then answers a re-INVITE 488), as a browser that cannot apply them would. */
  refuseOffers: boolean;
}

/**
 * A session description handler with no media: enough for sip.js's offer/answer. The phone's
 * media paths (playing the caller, hold tone, stats) look for a WebRTC handler and skip this one.
 */
export class FakeSdh implements SessionDescriptionHandler {
  constructor(private readonly policy: MediaPolicy) {}

  close(): void {}

  getDescription(options?: Web.SessionDescriptionHandlerOptions): Promise<{ body: string; contentType: string }> {
    return Promise.resolve({ body: sdp(options?.hold ? 'sendonly' : 'sendrecv'), contentType: 'application/sdp' });
  }

  hasDescription(contentType: string): boolean {
    return contentType === 'application/sdp';
  }

  setDescription(): Promise<void> {
    return this.policy.refuseOffers ? Promise.reject(new Error('offer refused')) : Promise.resolve();
  }

  rollbackDescription(): Promise<void> {
    return Promise.resolve();
  }

  sendDtmf(): boolean {
    return false;
  }
}
