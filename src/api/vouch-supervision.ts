import { supervisionEndpoints } from '../contract/api-supervision';
import { callApi } from './client';

// Imported by path, not through src/api/index.ts: the counsellor's first load is at its size budget.

/**
 * The counsellor's phone presents a grant it was offered on its caller call. Not a mutation:
 * the phone calls it from the telephony voucher, outside React.
 */
export const vouchSupervision = (grant: { id: string; token: string }, callId: string) =>
  callApi(supervisionEndpoints.vouchSupervision, { params: { id: grant.id }, body: { token: grant.token, callId } });
