import { PBX_SECRET_HEADER } from '../../src/contract';
import type { Config } from '../config';

/** The suspended INVITE at the PBX (tm's index and label). */
export interface PbxHandle {
  tindex: number;
  tlabel: number;
}

/** released: the PBX is ringing; gone: the PBX holds no such call (the caller left); failed: try again later. */
export type ReleaseResult = 'released' | 'gone' | 'failed';
export type ReleaseCall = (handle: PbxHandle) => Promise<ReleaseResult>;

/**
 * Releases a queued call at the PBX: Kamailio's xhttp route continues the suspended transaction,
 * which asks GET /api/pbx/route for the counsellor and rings them before it answers. Bounded, so a
 * hung PBX cannot stall the queue.
 */
export function pbxReleaser(config: Pick<Config, 'pbxHttpUrl' | 'pbxSharedSecret'>): ReleaseCall {
  return async ({ tindex, tlabel }) => {
    try {
      const res = await fetch(`${config.pbxHttpUrl}/queue/release?tindex=${tindex}&tlabel=${tlabel}`, {
        method: 'POST',
        headers: { [PBX_SECRET_HEADER]: config.pbxSharedSecret },
        signal: AbortSignal.timeout(5000),
      });
      await res.body?.cancel();
      if (res.ok) return 'released';
      return res.status === 404 ? 'gone' : 'failed';
    } catch {
      return 'failed';
    }
  };
}
