import type { SupervisionEndReason } from '../contract';
import { supervisionEndpoints } from '../contract/api-supervision';
import { callApi } from './client';

// Imported by path, not through src/api/index.ts: the counsellor's first load is at its size budget.

/** Either side ends it; the record's supervision log names who and why. */
export const endSupervision = (id: string, reason: Exclude<SupervisionEndReason, 'expired'>) =>
  callApi(supervisionEndpoints.endSupervision, { params: { id }, body: { reason } });
