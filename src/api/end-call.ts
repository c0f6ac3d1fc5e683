import { api } from '../contract';
import { callApi } from './client';

/** Sent through the record feature's outbox, which retries it: a plain function, not a mutation. */
export const endCall = (id: string, endedAt: string) => callApi(api.endCall, { params: { id }, body: { endedAt } });
