import { api, type CreateHandoffRequest } from '../contract';
import { callApi } from './client';

/** Sent through the record feature's outbox, which retries it: a plain function, not a mutation. */
export const createHandoff = (contactId: string, request: CreateHandoffRequest) =>
  callApi(api.createHandoff, { params: { id: contactId }, body: request });
