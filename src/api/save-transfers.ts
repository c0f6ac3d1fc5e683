import { api, type TransferLog } from '../contract';
import { callApi } from './client';

/** Sent through the record feature's outbox, which retries it: a plain function, not a mutation. */
export const saveTransfers = (id: string, revision: number, transfers: TransferLog) =>
  callApi(api.saveTransfers, { params: { id }, body: { revision, transfers } });
