import { api, type SupervisionEndReason } from '../contract';
import { callApi } from './client';

// Imported by path, not through src/api/index.ts: the counsellor's first load is at its size budget.

/** Either side ends it; the record's supervision log names who and why. */
export const endSupervision = (id: string, reason: Exclude<SupervisionEndReason, 'expired'>) =>
  callApi(api.endSupervision, { params: { id }, body: { reason } });
