import { supervisionEndpoints } from '../contract/api-supervision';
import { callApi } from './client';

// Imported by path, not through src/api/index.ts: the counsellor's first load is at its size budget.

/** One supervision as the API has it now (the counsellor's phone re-checks a mode change with it). */
export const readSupervision = (id: string) => callApi(supervisionEndpoints.supervision, { params: { id } });
