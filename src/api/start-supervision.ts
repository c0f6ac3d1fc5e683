import { api, type StartSupervisionRequest } from '../contract';
import { callApi } from './client';

// Imported by path, not through src/api/index.ts: the counsellor's first load is at its size budget.

/** A single-use grant to dial the counsellor's seat with; the API refuses a call that is not live or not of my centre. */
export const startSupervision = (request: StartSupervisionRequest) => callApi(api.startSupervision, { body: request });
